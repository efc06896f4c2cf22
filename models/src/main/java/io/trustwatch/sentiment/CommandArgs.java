package io.trustwatch.sentiment;

import io.trustwatch.text.Languages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The few {@code --name value} options the plain-Java sentiment commands take (the CLI wraps them properly). */
final class CommandArgs {

  private final Map<String, String> values;

  private CommandArgs(Map<String, String> values) {
    this.values = values;
  }

  static CommandArgs parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + args[i]);
      }
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      values.put(args[i], hasValue ? args[++i] : "true");
    }
    return new CommandArgs(values);
  }

  Path path(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return Path.of(v);
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  int intValue(String name, int defaultValue) {
    String v = values.get(name);
    return v == null ? defaultValue : Integer.parseInt(v);
  }

  List<String> langs() {
    String v = values.get("--langs");
    return v == null ? Languages.FIRST_CLASS : Arrays.asList(v.split(","));
  }
}
