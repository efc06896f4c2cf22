package io.trustwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults read from the {@code --config} file. Keys are option names without dashes;
 * a key prefixed with a command name ({@code ingest.format}) wins over the bare key for that
 * command. YAML nesting ({@code ingest: {format: csv}}) is the same as the dotted key.
 * Anything given on the command line overrides the file.
 */
final class ConfigFileDefaults implements CommandLine.IDefaultValueProvider {

  private final Map<String, String> values;

  private ConfigFileDefaults(Map<String, String> values) {
    this.values = values;
  }

  /** Finds {@code --config FILE} (or {@code --config=FILE}) among the raw arguments, before parsing. */
  static CommandLine.IDefaultValueProvider fromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) return load(Path.of(args[i + 1]));
      if (args[i].startsWith("--config=")) return load(Path.of(args[i].substring("--config=".length())));
    }
    return new ConfigFileDefaults(Map.of());
  }

  static ConfigFileDefaults load(Path file) {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    try {
      Map<String, String> values = new TreeMap<>();
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        flatten("", new ObjectMapper(new YAMLFactory()).readTree(file.toFile()), values);
      } else {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      }
      return new ConfigFileDefaults(values);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node == null || node.isNull()) return;
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      StringBuilder joined = new StringBuilder();
      node.forEach(n -> joined.append(joined.length() == 0 ? "" : ",").append(n.asText()));
      out.put(prefix, joined.toString());
    } else {
      out.put(prefix, node.asText());
    }
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option)) return null;
    String key = option.longestName().replaceFirst("^-+", "");
    String command = argSpec.command() == null ? null : argSpec.command().name();
    if (command != null && values.containsKey(command + "." + key)) return values.get(command + "." + key);
    return values.get(key);
  }
}
