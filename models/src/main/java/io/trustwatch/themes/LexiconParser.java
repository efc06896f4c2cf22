package io.trustwatch.themes;

import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses lexicon lines (format in {@code lexicon/README.md}). Literal terms are run through the
 * same {@link TextNormaliser} as the posts, so authors write ordinary words and every inflection
 * that shares the stem matches.
 */
final class LexiconParser {

  private static final Pattern WEIGHT = Pattern.compile("\\s+@w=([0-9]*\\.?[0-9]+)\\s*$");
  private static final Pattern GAP = Pattern.compile("~(\\d+)");

  private final TextNormaliser normaliser;

  LexiconParser(TextNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** @return the pattern, or null for a blank or comment line */
  LexiconPattern parse(String line, String lang, LexiconRole role, String source) {
    String body = line.strip();
    if (body.isEmpty() || body.startsWith("#")) {
      return null;
    }
    boolean exception = body.startsWith("!");
    if (exception) {
      body = body.substring(1).strip();
    }
    double weight = 1.0;
    Matcher w = WEIGHT.matcher(body);
    if (w.find()) {
      weight = Double.parseDouble(w.group(1));
      body = body.substring(0, w.start()).strip();
      if (weight <= 0 || weight > 1) {
        throw new IllegalArgumentException(source + ": weight must be in (0, 1]: " + line);
      }
    }
    List<PatternTerm> terms = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    int pendingGap = 0;
    for (String part : body.split("\\s+")) {
      Matcher g = GAP.matcher(part);
      if (g.matches()) {
        if (terms.isEmpty()) {
          throw new IllegalArgumentException(source + ": a pattern cannot start with a gap: " + line);
        }
        pendingGap = Integer.parseInt(g.group(1));
        continue;
      }
      if (!terms.isEmpty()) {
        gaps.add(pendingGap);
      }
      pendingGap = 0;
      terms.add(term(part, lang, source));
    }
    if (terms.isEmpty() || gaps.size() != terms.size() - 1) {
      throw new IllegalArgumentException(source + ": a pattern must start and end with a term: " + line);
    }
    return new LexiconPattern(role, terms, gaps.stream().mapToInt(Integer::intValue).toArray(),
        weight, exception, source);
  }

  private PatternTerm term(String spec, String lang, String source) {
    Set<String> exact = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    for (String alt : spec.split("\\|")) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException(source + ": empty alternative in '" + spec + "'");
      }
      if (alt.startsWith("<") && alt.endsWith(">")) {
        exact.add(alt); // a token class such as <num> or <url>, as the normaliser writes it
      } else if (alt.endsWith("*")) {
        String prefix = WordFolder.fold(alt.substring(0, alt.length() - 1), lang);
        if (prefix.isEmpty()) {
          throw new IllegalArgumentException(source + ": empty prefix in '" + spec + "'");
        }
        prefixes.add(prefix);
      } else {
        List<Token> tokens = normaliser.tokens(alt, lang);
        if (tokens.size() != 1) {
          throw new IllegalArgumentException(
              source + ": '" + alt + "' is " + tokens.size() + " tokens; write one term per token");
        }
        exact.add(tokens.get(0).norm().replace('’', '\''));
        exact.add(WordFolder.fold(alt, lang));
      }
    }
    return new PatternTerm(exact, prefixes);
  }
}
