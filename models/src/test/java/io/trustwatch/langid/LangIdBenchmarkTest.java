package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LangIdBenchmarkTest {

  @Test
  void syntheticPostsAreShortMixedAndReproducible() throws Exception {
    List<LangIdSample> sentences =
        LangIdSampleReader.read(Path.of(getClass().getResource("/OpenNlpLanguageDetectorTest/sentences.tsv").toURI()));
    List<String> posts = LangIdBenchmark.syntheticPosts(sentences, 500);
    assertEquals(500, posts.size());
    assertTrue(posts.stream().allMatch(p -> p.length() >= 60 && p.length() <= 200));
    assertTrue(posts.stream().map(p -> new OpenNlpLanguageDetector().detect(p, null).lang()).distinct().count() >= 10);
    assertEquals(posts, LangIdBenchmark.syntheticPosts(sentences, 500));
  }
}
