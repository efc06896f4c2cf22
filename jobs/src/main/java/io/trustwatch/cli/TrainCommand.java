package io.trustwatch.cli;

import io.trustwatch.sentiment.SentimentTraining;
import io.trustwatch.text.Languages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuild models from labelled data; anyone can retrain on their own data with one command.",
    subcommands = {TrainCommand.Sentiment.class})
final class TrainCommand {

  private TrainCommand() {}

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = {"Train one sentiment model per language from <data>/<lang>/train.tsv (header text, label; labels "
          + "negative, neutral, positive) and write the model files and a metrics file to --out.",
          "To ship your models, point --out at models/src/main/resources/io/trustwatch/sentiment and rebuild."})
  static final class Sentiment implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/data/sentiment")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the model files go.")
    Path out;

    @Option(names = "--langs", split = ",", paramLabel = "LANG",
        description = "Languages to train (default: en, ar, ru, tr, id; each needs <data>/<lang>/train.tsv).")
    List<String> langs = Languages.FIRST_CLASS;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path dir = EvaluateCommand.existing(spec, "--data", data);
      PrintStreams.into(spec.commandLine().getOut(), ps -> SentimentTraining.run(dir, out, langs, ps));
      return 0;
    }
  }
}
