package io.trustwatch.privacy;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Customers who asked not to be monitored. Jobs drop their posts before anything is stored, and
 * remove them from existing tables by pseudonym.
 *
 * <p>File format: UTF-8 text, one raw customer identifier per line, trimmed; blank lines are
 * ignored; {@code #} starts a comment when it begins a line or follows whitespace, so
 * {@code C-1001  # asked by e-mail} lists {@code C-1001} while an identifier such as {@code A#7}
 * keeps its {@code #}.
 *
 * <p>Immutable and serializable: a Spark job can broadcast the list or its {@link #customerIds()}.
 */
public final class OptOutList implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final SortedSet<String> customerIds;

  private OptOutList(Collection<String> ids) {
    this.customerIds = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }

  /** Reads an opt-out file in the format described above. */
  public static OptOutList load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Parses the lines of an opt-out file. */
  public static OptOutList parse(List<String> lines) {
    TreeSet<String> ids = new TreeSet<>();
    for (String line : lines) {
      // The byte-order mark some editors write must go first, or it would hide a leading "#".
      String withoutBom = line.replace(String.valueOf(BYTE_ORDER_MARK), "");
      String id = COMMENT.matcher(withoutBom).replaceFirst("").strip();
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return new OptOutList(ids);
  }

  /** A list with nobody on it, for runs without an opt-out file. */
  public static OptOutList empty() {
    return new OptOutList(List.of());
  }

  /** Whether the customer opted out; the identifier is trimmed, null and blank are never listed. */
  public boolean contains(String customerId) {
    return customerId != null && customerIds.contains(customerId.strip());
  }

  /** The listed identifiers, sorted, unmodifiable. */
  public SortedSet<String> customerIds() {
    return customerIds;
  }

  /** The pseudonyms of the listed customers, sorted: what the stored tables can be filtered on. */
  public SortedSet<String> pseudonyms(CustomerPseudonymiser pseudonymiser) {
    TreeSet<String> out = new TreeSet<>();
    for (String id : customerIds) {
      out.add(pseudonymiser.pseudonymise(id));
    }
    return Collections.unmodifiableSortedSet(out);
  }

  public int size() {
    return customerIds.size();
  }

  @Override
  public String toString() {
    return "OptOutList[" + customerIds.size() + " customers]";
  }
}
