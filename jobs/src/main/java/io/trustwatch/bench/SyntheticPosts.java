package io.trustwatch.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Input-contract posts in bulk for benchmarks: fast to write, realistic in size (~200 characters),
 * multilingual. Content is not meant to read naturally; the bundled sample is for that.
 */
public final class SyntheticPosts {

  private static final List<String[]> TEXTS = List.of(
      new String[] {"en", "Third call this week and still nobody answers. The app keeps charging me a fee I never agreed to, honestly thinking about switching."},
      new String[] {"en", "Delivery was quick and the support agent sorted out my refund in five minutes. Really happy with the service this time."},
      new String[] {"ar", "خدمة العملاء ما ترد أبداً، اتصلت ثلاث مرات وما في أحد يساعدني. وعدوني باسترجاع المبلغ خلال يومين وما صار شي."},
      new String[] {"ru", "Третий раз звоню в поддержку, никто не отвечает. Обещали вернуть деньги за два дня, прошло три недели."},
      new String[] {"tr", "Müşteri hizmetlerine ulaşmak imkansız, üç gündür bekliyorum. Para iadesi sözü verdiler ama hala yok."},
      new String[] {"id", "CS nya gak bisa dihubungi sama sekali, udah seminggu nunggu refund yang dijanjiin. Kecewa banget sama layanannya."});
  private static final String[] SOURCES = {"app_store", "play_store", "twitter", "review_site", "survey"};

  private SyntheticPosts() {}

  /**
   * Writes posts with ids {@code firstId .. firstId+rows-1}. With {@code revision > 0} the same ids
   * carry a changed text, so re-ingesting them is an update rather than a no-op.
   */
  public static void writeJsonl(Path file, long firstId, long rows, int revision, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    Instant start = Instant.parse("2026-01-05T00:00:00Z");
    JsonFactory json = new JsonFactory();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = json.createGenerator(w)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (long id = firstId; id < firstId + rows; id++) {
        String[] text = TEXTS.get((int) (id % TEXTS.size()));
        g.writeStartObject();
        g.writeStringField("post_id", "p" + id);
        g.writeStringField("source", SOURCES[(int) (id % SOURCES.length)]);
        g.writeStringField("text", revision == 0 ? text[1] : text[1] + " (edit " + revision + ")");
        g.writeStringField("created_at", start.plus(rnd.nextInt(0, 300 * 24 * 60), ChronoUnit.MINUTES).toString());
        g.writeStringField("customer_id", "c" + (id % Math.max(1, rows / 6)));
        g.writeNumberField("rating", 1 + (int) (id % 5));
        g.writeStringField("brand", "brand" + (id % 4));
        g.writeStringField("lang", text[0]);
        g.writeEndObject();
      }
      g.writeRaw('\n');
    }
  }
}
