package io.trustwatch.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The notebooks of the repository's {@code notebooks/} folder, copied into the jar at build time
 * (see jobs/pom.xml) so that {@code demo} can execute them from the jar alone.
 */
public final class BundledNotebooks {

  /** Every notebook in {@code notebooks/}; a test checks this list against the folder. */
  public static final List<String> NAMES = List.of("weekly_trends.ipynb", "data_quality.ipynb");

  private BundledNotebooks() {}

  public static List<Notebook> load() throws IOException {
    List<Notebook> notebooks = new ArrayList<>();
    for (String name : NAMES) {
      try (InputStream in = BundledNotebooks.class.getResourceAsStream("/notebooks/" + name)) {
        if (in == null) throw new IOException("the bundled notebook " + name + " is missing from this build");
        notebooks.add(Notebook.parse(name, in));
      }
    }
    return notebooks;
  }
}
