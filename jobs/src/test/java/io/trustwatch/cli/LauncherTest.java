package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code trustwatch} launcher script, run from a copy beside a jar that is not stale (so it never
 * builds) with {@code JAVA_HOME} pointing at a stand-in {@code java} that prints the arguments it got.
 */
class LauncherTest {

  @TempDir Path home;
  private Path jar;

  @BeforeEach
  void copyTheLauncher() throws IOException {
    Files.copy(Path.of("..", "trustwatch"), home.resolve("trustwatch"));
    jar = Files.createDirectories(home.resolve("jobs/target")).resolve("trustwatch-standalone.jar");
    Files.writeString(jar, "stand-in");
    Path java = Files.createDirectories(home.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(home.resolve("trustwatch"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void runsTheJarWithSparksFlagsOnTheJvmOfJavaHome() throws Exception {
    List<String> args = launch(Map.of(), "run", "--as-of", "2026-11-16");
    assertTrue(args.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), args.toString());
    assertTrue(args.contains("-XX:+UseParallelGC"));
    assertTrue(args.contains("-XX:+DisplayVMOutputToStderr"), "stdout is left to the command's data");
    assertTrue(args.contains("-Xmx3g"), "the default heap");
    assertEquals(List.of("-jar", jar.toString(), "run", "--as-of", "2026-11-16"), args.subList(args.size() - 5, args.size()));
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache")), "no ahead-of-time cache unless asked");
  }

  @Test
  void anAheadOfTimeCacheIsRecordedThenUsedAndRecordedAgainForANewJar() throws Exception {
    Path cache = home.resolve("trustwatch.aot");
    Map<String, String> env = Map.of("TRUSTWATCH_AOT_CACHE", cache.toString());
    assertTrue(launch(env, "run").contains("-XX:AOTCacheOutput=" + cache), "no cache yet: this run records it");

    Files.writeString(cache, "recorded");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    List<String> warm = launch(env, "run");
    assertTrue(warm.contains("-XX:AOTCache=" + cache), warm.toString());
    assertFalse(warm.contains("-XX:AOTCacheOutput=" + cache));

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(launch(env, "run").contains("-XX:AOTCacheOutput=" + cache), "a rebuilt jar records a new cache");
    assertFalse(Files.exists(cache), "the stale cache is removed first, so the JVM cannot load it");
  }

  /** The arguments the launcher passed to {@code java}, one per element. */
  private List<String> launch(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().add(home.resolve("trustwatch").toString());
    pb.command().addAll(List.of(args));
    pb.environment().remove("TRUSTWATCH_JAVA_OPTS");
    pb.environment().remove("TRUSTWATCH_HEAP");
    pb.environment().remove("TRUSTWATCH_AOT_CACHE");
    pb.environment().put("JAVA_HOME", home.resolve("jdk").toString());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }
}
