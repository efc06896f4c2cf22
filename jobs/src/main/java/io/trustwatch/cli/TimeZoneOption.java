package io.trustwatch.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --time-zone} of the commands that cut weeks ({@code run}, {@code demo}, {@code trends}), declared
 * once, and the check every command taking a zone makes before any work starts.
 */
final class TimeZoneOption {

  /** The zone weeks are cut in when none is given or recorded. */
  static final String DEFAULT = "UTC";

  @Option(names = "--time-zone", defaultValue = DEFAULT, paramLabel = "ZONE",
      description = "Time zone in which weeks (Monday to Sunday) are cut, e.g. Europe/Istanbul; a run in another zone "
          + "than the last trends run rebuilds every week. Default: ${DEFAULT-VALUE}.")
  String zone;

  /** The zone, checked; {@code spec} is the command's, whose usage error names the option. */
  String validated(CommandSpec spec) {
    return validated(spec, zone);
  }

  static String validated(CommandSpec spec, String zone) {
    try {
      ZoneId.of(zone);
      return zone;
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "--time-zone: unknown time zone '" + zone + "'");
    }
  }
}
