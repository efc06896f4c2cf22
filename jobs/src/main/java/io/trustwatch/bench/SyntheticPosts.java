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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  /** What short social posts carry besides words: a mention, a hashtag, a link, emoji, or nothing. */
  private static final String[] CLUTTER = {"", " @support", " #fail", " https://t.co/x1Y2z3", " 😡", " 👍👍", ""};
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private SyntheticPosts() {}

  /**
   * Writes posts with ids {@code firstId .. firstId+rows-1} as JSON Lines. With {@code revision > 0} the same ids
   * carry a changed text, so re-ingesting them is an update rather than a no-op.
   */
  public static void writeJsonl(Path file, long firstId, long rows, int revision) throws IOException {
    JsonFactory json = new JsonFactory();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = json.createGenerator(w)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (long id = firstId; id < firstId + rows; id++) {
        g.writeStartObject();
        for (Map.Entry<String, Object> field : fields(id, rows, revision).entrySet()) {
          g.writeObjectField(field.getKey(), field.getValue());
        }
        g.writeEndObject();
      }
      g.writeRaw('\n');
    }
  }

  /** As {@link #writeJsonl}, as CSV with a header row, every value quoted. */
  public static void writeCsv(Path file, long firstId, long rows, int revision) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", fields(firstId, rows, revision).keySet()));
      w.write('\n');
      for (long id = firstId; id < firstId + rows; id++) {
        w.write(fields(id, rows, revision).values().stream()
            .map(v -> '"' + v.toString().replace("\"", "\"\"") + '"')
            .collect(java.util.stream.Collectors.joining(",")));
        w.write('\n');
      }
    }
  }

  /** Post {@code id}'s fields in contract order; the same for the same arguments. */
  private static Map<String, Object> fields(long id, long rows, int revision) {
    String[] text = TEXTS.get((int) (id % TEXTS.size()));
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("post_id", "p" + id);
    post.put("source", SOURCES[(int) (id % SOURCES.length)]);
    post.put("text", revision == 0 ? text[1] : text[1] + " (edit " + revision + ")");
    // A function of the id, so a re-sent post is byte-identical to the first one.
    post.put("created_at", START.plus(Math.floorMod(id * 7919L, 300L * 24 * 60), ChronoUnit.MINUTES).toString());
    post.put("customer_id", "c" + (id % Math.max(1, rows / 6)));
    post.put("rating", 1 + (int) (id % 5));
    post.put("brand", "brand" + (id % 4));
    post.put("lang", text[0]);
    return post;
  }

  /**
   * Writes {@code rows} posts for scoring benchmarks as TSV ({@code id, text}): sentences from the
   * sample generator's phrase banks (all languages, all intents) joined to about 200 characters.
   *
   * @return the average text length in characters
   */
  public static int writeScoringTsv(Path file, int rows, long seed) throws IOException {
    io.trustwatch.sample.SampleTextBank bank = io.trustwatch.sample.SampleTextBank.bundled();
    List<String> langs = new java.util.ArrayList<>(io.trustwatch.sample.SampleTextBank.SCORED_LANGUAGES);
    io.trustwatch.sample.Intent[] intents = io.trustwatch.sample.Intent.values();
    java.util.Random rnd = new java.util.Random(seed);
    long chars = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id\ttext\n");
      for (int i = 0; i < rows; i++) {
        String lang = langs.get(rnd.nextInt(langs.size()));
        StringBuilder text = new StringBuilder();
        while (text.length() < 180) {
          if (text.length() > 0) text.append(' ');
          text.append(bank.sentence(lang, intents[rnd.nextInt(intents.length)], rnd));
        }
        String clean = text.toString().replace('\t', ' ').replace('\n', ' ');
        chars += clean.length();
        w.write(i + "\t" + clean + "\n");
      }
    }
    return (int) (chars / Math.max(1, rows));
  }

  /** Posts of one or two sample sentences (about 40-150 characters), languages mixed; the same on every run. */
  public static List<String> shortPosts(int n, long seed) {
    io.trustwatch.sample.SampleTextBank bank = io.trustwatch.sample.SampleTextBank.bundled();
    List<String> langs = new java.util.ArrayList<>(bank.languages());
    io.trustwatch.sample.Intent[] intents = io.trustwatch.sample.Intent.values();
    java.util.Random rnd = new java.util.Random(seed);
    List<String> posts = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String lang = langs.get(rnd.nextInt(langs.size()));
      StringBuilder post = new StringBuilder(bank.sentence(lang, intents[rnd.nextInt(intents.length)], rnd));
      if (rnd.nextBoolean()) {
        post.append(' ').append(bank.sentence(lang, intents[rnd.nextInt(intents.length)], rnd));
      }
      posts.add(post.append(CLUTTER[rnd.nextInt(CLUTTER.length)]).toString());
    }
    return posts;
  }

  /**
   * Copies the first {@code count} posts of {@code base} as new posts (new ids)
   * dated in the last simulated week, the shape of a weekly increment.
   */
  public static void writeIncrement(Path base, Path out, int count) throws IOException {
    writeIncrement(base, out, count, "-inc");
  }

  /** As {@link #writeIncrement(Path, Path, int)}, the new ids ending in {@code idSuffix}, so batches differ. */
  public static void writeIncrement(Path base, Path out, int count, String idSuffix) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Files.createDirectories(out.getParent());
    try (java.io.BufferedReader r = Files.newBufferedReader(base, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int written = 0;
      while (written < count && (line = r.readLine()) != null) {
        com.fasterxml.jackson.databind.node.ObjectNode post = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
        post.put("post_id", post.get("post_id").asText() + idSuffix);
        post.put("created_at", "2026-11-14T12:00:00Z");
        w.write(json.writeValueAsString(post));
        w.newLine();
        written++;
      }
    }
  }
}
