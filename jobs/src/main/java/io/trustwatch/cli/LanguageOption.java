package io.trustwatch.cli;

import io.trustwatch.langid.OpenNlpLanguageDetector;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Validates a language candidate list against the languages the detector knows. */
final class LanguageOption {

  private LanguageOption() {}

  static Set<String> validated(CommandSpec spec, String option, Set<String> languages) {
    Set<String> unknown = new TreeSet<>(languages);
    unknown.removeAll(OpenNlpLanguageDetector.knownLanguages());
    if (!unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), option + ": unknown language code(s) " + unknown
          + "; use ISO 639-1 codes such as en, ar, ru, tr, id");
    }
    return Set.copyOf(languages);
  }
}
