package io.trustwatch.themes;

import io.trustwatch.text.LuceneTextNormaliser;
import io.trustwatch.text.TextNormaliser;
import io.trustwatch.text.Token;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Single-thread throughput of normalising + tagging ~200-character posts, and of tagging alone.
 * Posts are built from fixed English and Russian sentences with a fixed seed, so every run tags the
 * same text. Usage: {@code ThemeBenchmark [posts per language, default 20000]}.
 */
public final class ThemeBenchmark {

  private static final int TARGET_CHARS = 200;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final List<String> EN = List.of(
      "Called support three times this week and nobody answers the phone.",
      "The pasta was lovely and the staff were friendly.",
      "They promised a refund within five days and it's been a month.",
      "Hidden fees everywhere, the final bill was double the quote.",
      "I'm cancelling my subscription today.",
      "Delivery was quick, packaging fine, would order again.",
      "Ten years a customer and new customers get the better deal.",
      "If they leak my data I will leave.",
      "My account was hacked and they did nothing.",
      "The room was clean, the view was great, breakfast average.");
  private static final List<String> RU = List.of(
      "Третий раз звоню в поддержку, никто не берёт трубку.",
      "Паста была вкусной, персонал приветливый.",
      "Обещали вернуть деньги за пять дней, прошёл месяц.",
      "Скрытые комиссии, итоговый счёт вдвое больше.",
      "Сегодня же расторгаю договор.",
      "Доставили быстро, упаковка целая, закажу ещё.",
      "Десять лет я их клиент, а скидки только новым.",
      "Если сольют мои данные, я уйду.",
      "Аккаунт взломали, а поддержка ничего не сделала.",
      "Номер чистый, вид отличный, завтрак средний.");

  private ThemeBenchmark() {}

  public static void main(String[] args) {
    int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    TextNormaliser normaliser = new LuceneTextNormaliser();
    LexiconThemeTagger tagger = LexiconThemeTagger.shared();
    List<String[]> posts = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < perLanguage; i++) {
      posts.add(new String[] {"en", post(EN, random)});
      posts.add(new String[] {"ru", post(RU, random)});
    }
    double chars = posts.stream().mapToInt(p -> p[1].length()).average().orElse(0);
    List<List<Token>> tokens = new ArrayList<>();
    for (String[] p : posts) {
      tokens.add(normaliser.tokens(p[1], p[0]));
    }
    // Warm up the JIT on the same work, then time it.
    run(posts, normaliser, tagger);
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    int found = run(posts, normaliser, tagger);
    double bothWall = posts.size() / ((System.nanoTime() - wall) / 1e9);
    double bothCpu = posts.size() / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    wall = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < posts.size(); i++) {
      found += tagger.tag(posts.get(i)[1], tokens.get(i), posts.get(i)[0], null).themes().size();
    }
    double tagWall = posts.size() / ((System.nanoTime() - wall) / 1e9);
    double tagCpu = posts.size() / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    System.out.printf(Locale.ROOT, "posts=%d avg_chars=%.0f threads=1%n", posts.size(), chars);
    // Per CPU-second is the per-core figure; wall-clock drops when other processes share the cores.
    System.out.printf(Locale.ROOT, "normalise+tag: %.0f posts/s (wall), %.0f posts per CPU-second%n", bothWall, bothCpu);
    System.out.printf(Locale.ROOT, "tag only:      %.0f posts/s (wall), %.0f posts per CPU-second%n", tagWall, tagCpu);
    System.out.println("themes found (keeps the work observable): " + found);
  }

  private static int run(List<String[]> posts, TextNormaliser normaliser, LexiconThemeTagger tagger) {
    int found = 0;
    for (String[] p : posts) {
      found += tagger.tag(p[1], normaliser.tokens(p[1], p[0]), p[0], null).themes().size();
    }
    return found;
  }

  private static String post(List<String> sentences, Random random) {
    StringBuilder b = new StringBuilder();
    while (b.length() < TARGET_CHARS) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(sentences.get(random.nextInt(sentences.size())));
    }
    return b.toString();
  }
}
