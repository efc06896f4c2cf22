package io.trustwatch.cli;

import io.trustwatch.langid.LangIdEvaluation;
import io.trustwatch.sentiment.SentimentEvaluation;
import io.trustwatch.themes.ThemeEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure the shipped models on labelled data and print the figures the model cards quote.",
    subcommands = {EvaluateCommand.LangId.class, EvaluateCommand.Sentiment.class, EvaluateCommand.Themes.class,
        ChurnEvaluationCommand.class})
final class EvaluateCommand {

  private EvaluateCommand() {}

  static Path existing(CommandSpec spec, String option, Path path) {
    if (!Files.exists(path)) throw new ParameterException(spec.commandLine(), option + ": no such file or directory: " + path);
    return path;
  }

  @Command(name = "langid", mixinStandardHelpOptions = true,
      description = "Accuracy per language and text kind (sentences, and word pairs / single words cut from them), "
          + "and how often a neighbour language is labelled first-class. Data: TSV with header text, lang, kind.")
  static final class LangId implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled TSV, e.g. ../shared/data/langid/dev.tsv.")
    Path data;

    @Option(names = "--candidates", defaultValue = "dev", paramLabel = "SET",
        description = "Languages the detector may answer: `dev` (the 15 of the evaluation data), `all` (every language "
            + "the model knows) or a comma list such as en,ar,ru,tr,id. Default: ${DEFAULT-VALUE}.")
    String candidates;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path file = existing(spec, "--data", data);
      PrintStreams.into(spec.commandLine().getOut(),
          out -> LangIdEvaluation.run(file, LangIdEvaluation.parseCandidates(candidates), out));
      return 0;
    }
  }

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = "Per language: accuracy and macro-F1 of every candidate model and of the shipped default on "
          + "<lang>/dev.tsv, beside the TF-IDF + logistic-regression baseline trained on <lang>/train.tsv.")
  static final class Sentiment implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "Folder with <lang>/train.tsv and <lang>/dev.tsv (header text, label), e.g. ../shared/data/sentiment.")
    Path data;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path dir = existing(spec, "--data", data);
      PrintStreams.into(spec.commandLine().getOut(), out -> SentimentEvaluation.run(dir, out));
      return 0;
    }
  }

  @Command(name = "themes", mixinStandardHelpOptions = true,
      description = {"Precision, recall and F1 of the theme tagger on labelled data, with a confusion summary.",
          "Aspect data (header lang, domain, text, service, service_polarity, ...): service_failure per language, gold = "
              + "a service aspect with negative polarity. Complaint data (header text, theme, source_issue): every theme. "
              + "A theme suite (text<TAB>codes, no header, file named <lang>.tsv, as in the project's own suite): "
              + "every theme and churn intent."})
  static final class Themes implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE",
        description = "e.g. ../shared/data/aspects/train.tsv, ../shared/data/complaints/dev.tsv or a suite en.tsv "
            + "(kind told by its header or name).")
    Path data;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path file = existing(spec, "--data", data);
      String header = Files.newBufferedReader(file).readLine();
      boolean aspects = header != null && header.startsWith("lang\t");
      boolean complaints = header != null && header.startsWith("text\t");
      if (!aspects && !complaints && !file.getFileName().toString().matches("[a-z]{2}\\.tsv")) {
        throw new ParameterException(spec.commandLine(), "--data: " + file
            + " is neither aspect data, complaint data nor a theme suite named <lang>.tsv");
      }
      PrintStreams.into(spec.commandLine().getOut(),
          out -> {
            if (aspects) {
              ThemeEvaluation.runAspects(file, out);
            } else if (complaints) {
              ThemeEvaluation.runComplaints(file, out);
            } else {
              ThemeEvaluation.runSuite(file, out);
            }
          });
      return 0;
    }
  }
}
