package io.trustwatch.analysis;

import io.trustwatch.langid.LanguageDetector;
import io.trustwatch.langid.OpenNlpLanguageDetector;
import io.trustwatch.sentiment.LinearSentimentScorer;
import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.Token;
import io.trustwatch.themes.LexiconThemeTagger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH throughput of the scoring chain on one ~200-character post per language, split by step so a
 * regression shows where it is. Run (from the repository root):
 *
 * <pre>
 * mvn -q -pl models test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp models/target/test-classes:models/target/classes:$(cat models/target/cp.txt) org.openjdk.jmh.Main PostAnalyzerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PostAnalyzerBenchmark {

  @Param({"en", "ar", "ru", "tr", "id"})
  public String lang;

  private String text;
  private List<Token> tokens;
  private final LuceneTextNormaliser normaliser = new LuceneTextNormaliser();
  private final LanguageDetector detector = new OpenNlpLanguageDetector();
  private final LinearSentimentScorer sentiment = LinearSentimentScorer.shipped();
  private final LexiconThemeTagger themes = LexiconThemeTagger.shared();
  private final PostAnalyzer analyzer = PostAnalyzer.shared();

  @Setup
  public void setUp() {
    text = switch (lang) {
      case "en" -> "Third call this week and still nobody answers. They promised a refund in two days, it has been three "
          + "weeks. Honestly thinking about switching to another bank after ten years as a customer.";
      case "ar" -> "خدمة العملاء ما ترد أبداً، اتصلت ثلاث مرات وما في أحد يساعدني. وعدوني باسترجاع المبلغ خلال يومين "
          + "ومر أسبوعين وما صار شي. صراحة أفكر أنقل لبنك ثاني بعد عشر سنين معهم.";
      case "ru" -> "Третий раз звоню в поддержку, никто не отвечает. Обещали вернуть деньги за два дня, прошло три недели. "
          + "Честно, думаю уйти в другой банк после десяти лет обслуживания.";
      case "tr" -> "Müşteri hizmetlerine üç gündür ulaşamıyorum, kimse telefonu açmıyor. İki gün içinde iade sözü verdiler, "
          + "üç hafta oldu. On yıllık müşteriyim, başka bankaya geçmeyi düşünüyorum.";
      default -> "CS nya gak bisa dihubungi sama sekali, udah tiga kali telpon. Katanya refund 2 hari, udah 3 minggu "
          + "belum masuk. Udah 10 tahun jadi nasabah, kayaknya mau pindah bank aja deh.";
    };
    tokens = normaliser.tokens(text, lang);
  }

  @Benchmark
  public Object wholeChain() {
    return analyzer.analyze(text, null);
  }

  /** The part the sentiment target is set on: language, normalising and sentiment, in one call chain. */
  @Benchmark
  public Object languageNormalisingSentiment() {
    String detected = detector.detect(text, null).lang();
    return sentiment.score(text, normaliser.tokens(text, detected), detected);
  }

  @Benchmark
  public Object languageDetection() {
    return detector.detect(text, null);
  }

  @Benchmark
  public Object normalising() {
    return normaliser.tokens(text, lang);
  }

  @Benchmark
  public Object sentimentOnTokens() {
    return sentiment.score(text, tokens, lang);
  }

  @Benchmark
  public Object themesOnTokens() {
    return themes.tag(text, tokens, lang, -0.5);
  }
}
