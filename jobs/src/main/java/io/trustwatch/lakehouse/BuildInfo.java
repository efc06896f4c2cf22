package io.trustwatch.lakehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions baked in at build time (Trustwatch, Spark, Delta), for {@code --version} and the run log. */
public final class BuildInfo {

  private static final Properties PROPS = load();

  private BuildInfo() {}

  public static String version() {
    return PROPS.getProperty("trustwatch.version", "unknown");
  }

  /** Component -> version, as recorded with every run. Model versions are added by the stages that use them. */
  public static Map<String, String> versions() {
    Map<String, String> v = new TreeMap<>();
    for (String name : PROPS.stringPropertyNames()) {
      v.put(name.replace(".version", ""), PROPS.getProperty(name));
    }
    return v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/io/trustwatch/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
