package io.trustwatch.langid;

import java.lang.Character.UnicodeScript;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The script each language is written in, and for the languages that share a script with a close
 * neighbour, the letters of its alphabet.
 *
 * <p>This is what a short text can still be judged on when character n-grams cannot: "ə" is
 * Azerbaijani, not Turkish; "ї" is Ukrainian, not Russian; "ٹ" is Urdu, "پ" is not Arabic.
 * A letter outside a language's alphabet counts against that language (see
 * {@link #foreignLetters}); it does not rule the language out, because loanwords and names
 * bring stray letters into every language.
 */
final class Alphabets {

  private static final String RU_CORE = "абвгдежзийклмнопрстуфхцчшщъыьэюяё";

  /** Lower-case alphabets; letters of other scripts in a text are not judged against them. */
  private static final Map<String, String> ALPHABET = Map.ofEntries(
      Map.entry("en", "abcdefghijklmnopqrstuvwxyz"),
      Map.entry("id", "abcdefghijklmnopqrstuvwxyz"),
      Map.entry("ms", "abcdefghijklmnopqrstuvwxyz"),
      Map.entry("tr", "abcçdefgğhıijklmnoöprsştuüvyzâîû"),
      Map.entry("az", "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"),
      Map.entry("es", "abcdefghijklmnopqrstuvwxyzáéíóúüñ"),
      Map.entry("pt", "abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõúü"),
      Map.entry("de", "abcdefghijklmnopqrstuvwxyzäöüß"),
      Map.entry("fr", "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"),
      Map.entry("ru", RU_CORE),
      Map.entry("uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
      Map.entry("bg", "абвгдежзийклмнопрстуфхцчшщъьюя"),
      Map.entry("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
      Map.entry("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
      Map.entry("sr", "абвгдђежзијклљмнњопрстћуфхцчџшabcčćdđefghijklmnoprsštuvzž"),
      Map.entry("kk", RU_CORE + "әғқңөұүһі"),
      Map.entry("ky", RU_CORE + "ңөү"),
      Map.entry("tt", RU_CORE + "әҗңөүһ"),
      Map.entry("ba", RU_CORE + "әғҙҡңөҫүһ"),
      Map.entry("mn", RU_CORE + "өү"),
      Map.entry("tg", RU_CORE + "ғӣқӯҳҷ"),
      // Arabic script. Arabic yeh/kaf (ي ك) in Persian or Urdu are keyboard variants (KEYBOARD_VARIANTS).
      Map.entry("ar", "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱ"),
      Map.entry("fa", "ءآؤئابتثجحخدذرزسشصضطظعغفقلمنهوپچژگکی"),
      Map.entry("ur", "ءآؤئابتثجحخدذرزسشصضطظعغفقلمنهوپچژگکیٹڈڑںےۓہھۃ"),
      Map.entry("ps", "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهويپچژگکیټډړږښګځڅېۍ"));

  /**
   * Letters that are frequent in a language and rare or absent in its neighbours, with their
   * combined share of the language's letters (rounded, from published letter-frequency tables).
   * A text of n letters with none of them is (1 - share)^n as likely to be that language.
   */
  private static final Map<String, Marker> MARKERS = Map.of(
      "uk", new Marker("іїєґ", 0.065),
      "bg", new Marker("ъ", 0.025),
      "ru", new Marker("ыэё", 0.02),
      "az", new Marker("əq", 0.09),
      "tr", new Marker("ıüşğçö", 0.10),
      "ar", new Marker("يةىك", 0.10),
      "fa", new Marker("یکپچژگ", 0.09),
      "ur", new Marker("ےںٹڈڑہھ", 0.08));

  private record Marker(String letters, double share) {}

  private static final Map<String, BitSet> ALPHABET_SETS = bitSets(ALPHABET);

  /**
   * Letters outside the alphabet that a keyboard layout puts there anyway: Arabic typed on a
   * Persian layout has ی and ک for ي and ك, Persian or Urdu typed on an Arabic layout the reverse.
   * They count as a third of a foreign letter.
   */
  private static final Map<String, String> KEYBOARD_VARIANTS = Map.of("ar", "یک", "fa", "يكة", "ur", "يكة");
  private static final double KEYBOARD_VARIANT_WEIGHT = 1.0 / 3;

  private static final Map<String, Set<UnicodeScript>> NON_LATIN_SCRIPTS = Map.ofEntries(
      Map.entry("ar", Set.of(UnicodeScript.ARABIC)), Map.entry("fa", Set.of(UnicodeScript.ARABIC)),
      Map.entry("ur", Set.of(UnicodeScript.ARABIC)), Map.entry("ps", Set.of(UnicodeScript.ARABIC)),
      Map.entry("pa", Set.of(UnicodeScript.GURMUKHI, UnicodeScript.ARABIC)),
      Map.entry("ru", Set.of(UnicodeScript.CYRILLIC)), Map.entry("uk", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("bg", Set.of(UnicodeScript.CYRILLIC)), Map.entry("be", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("mk", Set.of(UnicodeScript.CYRILLIC)), Map.entry("kk", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("ky", Set.of(UnicodeScript.CYRILLIC)), Map.entry("tt", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("ba", Set.of(UnicodeScript.CYRILLIC)), Map.entry("mn", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("tg", Set.of(UnicodeScript.CYRILLIC)), Map.entry("ce", Set.of(UnicodeScript.CYRILLIC)),
      Map.entry("sr", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
      Map.entry("uz", Set.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC)),
      Map.entry("el", Set.of(UnicodeScript.GREEK)), Map.entry("he", Set.of(UnicodeScript.HEBREW)),
      Map.entry("hy", Set.of(UnicodeScript.ARMENIAN)), Map.entry("ka", Set.of(UnicodeScript.GEORGIAN)),
      Map.entry("hi", Set.of(UnicodeScript.DEVANAGARI)), Map.entry("mr", Set.of(UnicodeScript.DEVANAGARI)),
      Map.entry("ne", Set.of(UnicodeScript.DEVANAGARI)), Map.entry("sa", Set.of(UnicodeScript.DEVANAGARI)),
      Map.entry("bn", Set.of(UnicodeScript.BENGALI)), Map.entry("gu", Set.of(UnicodeScript.GUJARATI)),
      Map.entry("ta", Set.of(UnicodeScript.TAMIL)), Map.entry("te", Set.of(UnicodeScript.TELUGU)),
      Map.entry("kn", Set.of(UnicodeScript.KANNADA)), Map.entry("ml", Set.of(UnicodeScript.MALAYALAM)),
      Map.entry("si", Set.of(UnicodeScript.SINHALA)), Map.entry("th", Set.of(UnicodeScript.THAI)),
      Map.entry("ko", Set.of(UnicodeScript.HANGUL)), Map.entry("ja", Set.of(UnicodeScript.HAN)),
      Map.entry("zh", Set.of(UnicodeScript.HAN)));

  private static final Set<UnicodeScript> LATIN = Set.of(UnicodeScript.LATIN);

  private Alphabets() {}

  /** Scripts the language is written in; Latin unless listed otherwise. */
  static Set<UnicodeScript> scriptsOf(String lang) {
    return NON_LATIN_SCRIPTS.getOrDefault(lang, LATIN);
  }

  static boolean writes(String lang, UnicodeScript script) {
    return scriptsOf(lang).contains(script);
  }

  /**
   * Log-likelihood of seeing none of the language's marker letters in a text with {@code
   * scriptLetters} letters of its script; 0 if a marker occurs or the language has none.
   */
  static double missingMarkersLogLikelihood(String lang, TextEvidence evidence, UnicodeScript script) {
    Marker marker = MARKERS.get(lang);
    if (marker == null) {
      return 0.0;
    }
    for (int letter : evidence.distinctLetters()) {
      if (marker.letters().indexOf(letter) >= 0) {
        return 0.0;
      }
    }
    return evidence.letterCount(script) * Math.log1p(-marker.share());
  }

  /**
   * Letters of {@code script} in the text that the language's alphabet lacks (keyboard variants
   * weigh less); 0 for languages whose alphabet is not listed.
   */
  static double foreignLetters(String lang, TextEvidence evidence, UnicodeScript script) {
    BitSet alphabet = ALPHABET_SETS.get(lang);
    if (alphabet == null) {
      return 0;
    }
    String variants = KEYBOARD_VARIANTS.getOrDefault(lang, "");
    int[] letters = evidence.distinctLetters();
    int[] frequencies = evidence.letterFrequencies();
    double foreign = 0;
    for (int i = 0; i < letters.length; i++) {
      if (!alphabet.get(letters[i]) && UnicodeScript.of(letters[i]) == script) {
        foreign += frequencies[i] * (variants.indexOf(letters[i]) >= 0 ? KEYBOARD_VARIANT_WEIGHT : 1.0);
      }
    }
    return foreign;
  }

  /** Letters only Persian, Urdu or Pashto write, never Arabic (ی and ک excepted: Persian keyboards type them for ي/ك). */
  private static final String PERSIAN_URDU_ONLY = "پچژگٹڈڑںےۓہھۃټډړږښګځڅېۍ";

  /**
   * Whether an Arabic-script text looks typed on a Persian keyboard layout: it has ی or ک but no letter
   * that only Persian or Urdu write. Such a text may be Arabic as much as Persian.
   */
  static boolean persianKeyboardArabic(TextEvidence evidence) {
    boolean variant = false;
    for (int letter : evidence.distinctLetters()) {
      if (PERSIAN_URDU_ONLY.indexOf(letter) >= 0) {
        return false;
      }
      variant |= letter == 'ی' || letter == 'ک';
    }
    return variant;
  }

  /** The text as an Arabic keyboard layout types it: ی -> ي, ک -> ك. */
  static String toArabicLayout(String lowerText) {
    return lowerText.replace('ی', 'ي').replace('ک', 'ك');
  }

  /**
   * Whether {@code letter} is outside the language's alphabet and not one of its keyboard variants;
   * false for languages whose alphabet is not listed and for letters of other scripts.
   */
  static boolean isForeign(String lang, int letter) {
    BitSet alphabet = ALPHABET_SETS.get(lang);
    if (alphabet == null || alphabet.get(letter) || KEYBOARD_VARIANTS.getOrDefault(lang, "").indexOf(letter) >= 0) {
      return false;
    }
    for (UnicodeScript s : scriptsOf(lang)) {
      if (UnicodeScript.of(letter) == s) {
        return true;
      }
    }
    return false;
  }

  /** Whether every letter of the (lower-cased) word is in the language's alphabet; true if none is listed. */
  static boolean spells(String lang, String lowerWord) {
    BitSet alphabet = ALPHABET_SETS.get(lang);
    return alphabet == null || lowerWord.codePoints().allMatch(alphabet::get);
  }

  private static Map<String, BitSet> bitSets(Map<String, String> alphabets) {
    Map<String, BitSet> out = new HashMap<>();
    alphabets.forEach((lang, letters) -> {
      BitSet set = new BitSet();
      letters.codePoints().forEach(set::set);
      out.put(lang, set);
    });
    return Map.copyOf(out);
  }
}
