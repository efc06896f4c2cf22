package io.trustwatch.cli;

import io.trustwatch.jobs.ingest.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the bundled multilingual sample (synthetic posts in en, ar, ru, "
        + "tr, id with a few deliberate defects) and print what was written where.")
final class DemoCommand implements Callable<Integer> {

  /** The sample ships inside the jar, so the demo runs from the jar alone. */
  static final List<String> SAMPLE_FILES = List.of("posts.jsonl", "posts-defects.jsonl");

  @Mixin SparkOptions spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path sampleDir = extractSample(spark.lakehouse().root().resolve("_sample"));
    out.printf("demo: bundled sample copied to %s%n", sampleDir);
    Summaries.printIngest(out, IngestCommand.ingest(spec, spark, List.of(sampleDir.toString()), InputFormat.AUTO));
    Summaries.printTables(out, spark.session(), spark.lakehouse());
    return 0;
  }

  /** Copies the bundled sample to a stable folder, so a second demo re-ingests the same paths (and adds nothing). */
  static Path extractSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : SAMPLE_FILES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/sample/" + name)) {
        if (in == null) throw new IOException("the bundled sample file " + name + " is missing from this build");
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }
}
