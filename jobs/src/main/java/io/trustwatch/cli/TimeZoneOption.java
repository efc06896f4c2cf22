package io.trustwatch.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Validates a {@code --time-zone} value before any work starts, as a usage error naming the option. */
final class TimeZoneOption {

  private TimeZoneOption() {}

  static String validated(CommandSpec spec, String zone) {
    try {
      ZoneId.of(zone);
      return zone;
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "--time-zone: unknown time zone '" + zone + "'");
    }
  }
}
