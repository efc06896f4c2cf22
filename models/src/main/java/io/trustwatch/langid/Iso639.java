package io.trustwatch.langid;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps the ISO 639-3 codes of OpenNLP's language model to the ISO 639-1 codes Trustwatch stores.
 *
 * <p>Written out rather than derived from {@link java.util.Locale} because the model also uses
 * individual-language codes (pes, cmn, ekk, lvs, plt, pnb) that Locale does not fold into their
 * macrolanguage, and because Locale's answer for Hebrew and Indonesian changed across JDKs.
 * Codes with no ISO 639-1 equivalent (ast, ceb, gsw, min, nan, nds, war) are left out, so those
 * languages are never reported.
 */
final class Iso639 {

  private static final Map<String, String> TO_ISO_639_1 = new TreeMap<>(Map.ofEntries(
      Map.entry("afr", "af"), Map.entry("ara", "ar"), Map.entry("aze", "az"), Map.entry("bak", "ba"),
      Map.entry("bel", "be"), Map.entry("ben", "bn"), Map.entry("bos", "bs"), Map.entry("bre", "br"),
      Map.entry("bul", "bg"), Map.entry("cat", "ca"), Map.entry("ces", "cs"), Map.entry("che", "ce"),
      Map.entry("cmn", "zh"), Map.entry("cym", "cy"), Map.entry("dan", "da"), Map.entry("deu", "de"),
      Map.entry("ekk", "et"), Map.entry("ell", "el"), Map.entry("eng", "en"), Map.entry("epo", "eo"),
      Map.entry("est", "et"), Map.entry("eus", "eu"), Map.entry("fao", "fo"), Map.entry("fas", "fa"),
      Map.entry("fin", "fi"), Map.entry("fra", "fr"), Map.entry("fry", "fy"), Map.entry("gle", "ga"),
      Map.entry("glg", "gl"), Map.entry("guj", "gu"), Map.entry("heb", "he"), Map.entry("hin", "hi"),
      Map.entry("hrv", "hr"), Map.entry("hun", "hu"), Map.entry("hye", "hy"), Map.entry("ind", "id"),
      Map.entry("isl", "is"), Map.entry("ita", "it"), Map.entry("jav", "jv"), Map.entry("jpn", "ja"),
      Map.entry("kan", "kn"), Map.entry("kat", "ka"), Map.entry("kaz", "kk"), Map.entry("kir", "ky"),
      Map.entry("kor", "ko"), Map.entry("lat", "la"), Map.entry("lav", "lv"), Map.entry("lim", "li"),
      Map.entry("lit", "lt"), Map.entry("ltz", "lb"), Map.entry("lvs", "lv"), Map.entry("mal", "ml"),
      Map.entry("mar", "mr"), Map.entry("mkd", "mk"), Map.entry("mlt", "mt"), Map.entry("mon", "mn"),
      Map.entry("mri", "mi"), Map.entry("msa", "ms"), Map.entry("nep", "ne"), Map.entry("nld", "nl"),
      Map.entry("nno", "nn"), Map.entry("nob", "nb"), Map.entry("oci", "oc"), Map.entry("pan", "pa"),
      Map.entry("pes", "fa"), Map.entry("plt", "mg"), Map.entry("pnb", "pa"), Map.entry("pol", "pl"),
      Map.entry("por", "pt"), Map.entry("pus", "ps"), Map.entry("ron", "ro"), Map.entry("rus", "ru"),
      Map.entry("san", "sa"), Map.entry("sin", "si"), Map.entry("slk", "sk"), Map.entry("slv", "sl"),
      Map.entry("som", "so"), Map.entry("spa", "es"), Map.entry("sqi", "sq"), Map.entry("srp", "sr"),
      Map.entry("sun", "su"), Map.entry("swa", "sw"), Map.entry("swe", "sv"), Map.entry("tam", "ta"),
      Map.entry("tat", "tt"), Map.entry("tel", "te"), Map.entry("tgk", "tg"), Map.entry("tgl", "tl"),
      Map.entry("tha", "th"), Map.entry("tur", "tr"), Map.entry("ukr", "uk"), Map.entry("urd", "ur"),
      Map.entry("uzb", "uz"), Map.entry("vie", "vi"), Map.entry("vol", "vo"), Map.entry("zul", "zu")));

  private Iso639() {}

  /** The ISO 639-1 code for an OpenNLP (ISO 639-3) code, if there is one. */
  static Optional<String> toIso6391(String iso6393) {
    return Optional.ofNullable(TO_ISO_639_1.get(iso6393));
  }
}
