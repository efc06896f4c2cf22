package io.trustwatch.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortTextSamplesTest {

  private final List<LangIdSample> sentences = List.of(
      new LangIdSample("Nobody answers, the 2 chat-bots loop: \"please wait\" forever.", "en", LangIdSample.Kind.SENTENCE));

  @Test
  void wordsAreLetterRunsTrimmedOfPunctuation() {
    assertEquals(List.of("Nobody", "answers", "the", "loop", "please", "wait", "forever"),
        ShortTextSamples.words(sentences.get(0).text()));
  }

  @Test
  void singleWordsHaveAtLeastFiveLetters() {
    List<LangIdSample> singles = ShortTextSamples.singleWords(sentences);
    assertEquals(List.of("Nobody", "answers", "please", "forever"), singles.stream().map(LangIdSample::text).toList());
    assertTrue(singles.stream().allMatch(s -> s.kind() == LangIdSample.Kind.SINGLE_WORD && s.lang().equals("en")));
  }

  @Test
  void wordPairsAreAdjacentNonOverlappingAndAtLeastTenCharacters() {
    List<LangIdSample> pairs = ShortTextSamples.wordPairs(sentences);
    assertEquals(List.of("Nobody answers", "please wait"), pairs.stream().map(LangIdSample::text).toList());
    assertTrue(pairs.stream().allMatch(s -> s.kind() == LangIdSample.Kind.WORD_PAIR));
  }
}
