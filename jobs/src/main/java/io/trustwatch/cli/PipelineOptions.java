package io.trustwatch.cli;

import io.trustwatch.churn.ChurnRiskConfig;
import io.trustwatch.pipeline.Pipeline;
import io.trustwatch.privacy.CustomerPseudonymiser;
import java.io.IOException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the stages after ingest: privacy, time zone of weeks. */
final class PipelineOptions {

  @Mixin OptOutOption optOut;

  @Mixin TimeZoneOption timeZone;

  @Option(names = "--languages", split = ",", paramLabel = "LANG",
      description = "Languages the language detector may answer (ISO 639-1, comma-separated), e.g. tr,id,en for a "
          + "monitor of Turkey and Indonesia. Default: the 15 languages it is evaluated on "
          + "(en, ar, ru, tr, id and their neighbours fa, ur, uk, bg, az, ms, es, pt, de, fr).")
  java.util.Set<String> languages = java.util.Set.of();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * @param demoKey true only for the bundled demo, which uses the documented public demo key; every
   *                other run needs the secret key in {@value CustomerPseudonymiser#KEY_ENVIRONMENT_VARIABLE}
   */
  Pipeline.PipelineSettings settings(boolean demoKey) throws IOException {
    return new Pipeline.PipelineSettings(pseudonymiser(demoKey), optOut.load(spec),
        timeZone.validated(spec), ChurnRiskConfig.shipped(),
        LanguageOption.validated(spec, "--languages", languages));
  }

  static CustomerPseudonymiser pseudonymiser(boolean demoKey) {
    return demoKey ? CustomerPseudonymiser.demo()
        : CustomerPseudonymiser.fromEnvironment(CustomerPseudonymiser.KEY_ENVIRONMENT_VARIABLE);
  }
}
