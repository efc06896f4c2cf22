package io.trustwatch.langid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Frequent words that set one language apart from its closest neighbour, written down from the
 * languages' standard grammars and spelling rules (not fitted to any evaluation data).
 *
 * <p>These pairs share most of their script, alphabet and n-grams, and for the neighbours there is no
 * training text: Malay spells "kerana", "wang", "-iti" where Indonesian spells "karena", "uang",
 * "-itas"; Russian says "что", "это", "он" where Ukrainian says "що", "це", "він" and Bulgarian
 * "че", "това", "той"; Persian writes "است", "را", "این" and Urdu "اور", "ہے" where Arabic has "في", "هذا"
 * (Arabic is also told by its article and joined conjunctions, below). A word is listed only where it is standard in one language of its group and
 * absent or rare in the others, so the lists give evidence both ways and favour no language.
 */
final class DistinctiveWords {

  private static final Map<String, String> WORDS = Map.of(
      "ms", "kerana iaitu sahaja mahu wang bahawa baharu selepas semasa manakala kerajaan bilangan sekiranya "
          + "mesyuarat syarikat kenderaan universiti polis teksi projek kualiti aktiviti komuniti kapasiti "
          + "akhbar pejabat jabatan menerusi awak kakitangan sebarang pelbagai",
      "id", "karena yaitu mau uang bahwa pemerintah provinsi perusahaan kendaraan universitas polisi taksi proyek "
          + "kualitas aktivitas komunitas kapasitas kantor bisa ujar nggak enggak gak udah banget aja sih dong "
          + "kayak gimana bikin",
      "ru", "что это он она они оно был была было были если только уже или когда нет очень его её ее мне меня "
          + "тебя есть где здесь этот эта эти этого который которая которые чтобы тоже ещё еще сейчас вот "
          + "потому надо нужно вы бы ничего сегодня будет можно к",
      "uk", "що це він вона вони воно був була було були якщо тільки вже або коли немає дуже його мені мене "
          + "де цей ця ці цього який яка які щоб теж зараз ось тому треба потрібно й від із буде можна "
          + "сьогодні нічого",
      "bg", "аз че това той тя беше бяха вие ние него ако само вече когато няма така всички съм си са е във със "
          + "след тук този тази тези които който която какво защото трябва нещо кой днес нищо",
      "tr", "ve için ile çok gibi ama değil yok olarak kadar ben sen neden nasıl şimdi bugün olup",
      "az", "və üçün ilə çox kimi amma deyil yox olaraq qədər mən sən niyə necə indi edir olub",
      "ar", "في هذا هذه عن قد ثم لقد ليس لم لن",
      "fa", "است را این آن از برای می نمی شده بود کرد کرده هست نیست یک چه چرا باید دارد خود ولی خیلی تا",
      "ur", "اور ہے ہیں کے کا سے میں نہیں یہ وہ بھی تھا تھے");

  private static final Map<String, Set<String>> BY_WORD = index();

  private DistinctiveWords() {}

  private static final Set<String> ARABIC = Set.of("ar");

  /** The languages {@code lowerWord} is a distinctive word of (empty if none). */
  static Set<String> languagesOf(String lowerWord) {
    Set<String> langs = BY_WORD.get(lowerWord);
    if (hasArabicArticle(lowerWord) || hasArabicProclitic(lowerWord)) {
      if (langs == null) {
        return ARABIC;
      }
      Set<String> withArabic = new HashSet<>(langs);
      withArabic.add("ar");
      return withArabic;
    }
    return langs == null ? Set.of() : langs;
  }

  /** Whether {@code lowerWord} is a distinctive word of {@code lang}. */
  static boolean marks(String lang, String lowerWord) {
    if (lang.equals("ar") && (hasArabicArticle(lowerWord) || hasArabicProclitic(lowerWord))) {
      return true;
    }
    Set<String> langs = BY_WORD.get(lowerWord);
    return langs != null && langs.contains(lang);
  }

  /**
   * The Arabic definite article "ال" begins a large share of Arabic words; Persian and Urdu use it only in a
   * few fixed loans. It may follow the conjunctions و/ف "and/so" and then the prepositions ب/ك "with/like"
   * (وبالحساب "and with the account"); after ل "for" it is spelled لل (للحضور "for the attendance").
   */
  static boolean hasArabicArticle(String word) {
    int at = !word.isEmpty() && "وف".indexOf(word.charAt(0)) >= 0 ? 1 : 0;
    if (word.startsWith("لل", at)) {
      return word.length() - at >= 5; // لل + at least three letters
    }
    at += word.length() > at && "بك".indexOf(word.charAt(at)) >= 0 ? 1 : 0;
    return word.startsWith("ال", at) && word.length() - at >= 4; // article + at least two letters
  }

  /**
   * Arabic writes the conjunction و "and" and the preposition ل "for" joined to the next word (وجنود, لحدود);
   * Persian and Urdu write و apart, and their words seldom begin with و or ل. In the development data 18 %
   * of Arabic words of five or more letters begin so, against 2 % of Persian and 4 % of Urdu ones.
   */
  static boolean hasArabicProclitic(String word) {
    return word.length() >= 5 && (word.charAt(0) == 'و' || word.charAt(0) == 'ل');
  }

  private static Map<String, Set<String>> index() {
    Map<String, Set<String>> byWord = new HashMap<>();
    WORDS.forEach((lang, words) -> {
      for (String w : words.split(" ")) {
        byWord.computeIfAbsent(w, k -> new HashSet<>()).add(lang);
      }
    });
    Map<String, Set<String>> frozen = new HashMap<>();
    byWord.forEach((w, langs) -> frozen.put(w, Set.copyOf(langs)));
    return Map.copyOf(frozen);
  }
}
