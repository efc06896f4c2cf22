package io.trustwatch.langid;

/**
 * Turkish text decoded with the wrong code page: Windows-1254 (Turkish) bytes read as Windows-1252 or
 * ISO-8859-1 show ı ş ğ İ Ş Ğ as ý þ ð Ý Þ Ð, a frequent fault of legacy Turkish web pages and feeds.
 *
 * <p>Such text is Turkish with a few foreign letters to every other reading, and its n-grams and words no
 * longer match Turkish ones ("yapýlan" is not "yapılan"), so Turkish is judged on the repaired text.
 */
final class TurkishCodePage {

  /** The Windows-1252 reading of Windows-1254's ı ş ğ (lower case; the text is lower-cased first). */
  private static final String MISDECODED = "ýþð";
  private static final String TURKISH = "ışğ";

  private TurkishCodePage() {}

  /**
   * The lower-cased text with ý þ ð read back as ı ş ğ, or null when it has none of them or already has
   * ı ş or ğ (a text with the real letters was decoded correctly).
   */
  static String repaired(String lowerText) {
    boolean misdecoded = false;
    for (int i = 0; i < lowerText.length(); i++) {
      char c = lowerText.charAt(i);
      if (TURKISH.indexOf(c) >= 0) {
        return null;
      }
      misdecoded |= MISDECODED.indexOf(c) >= 0;
    }
    if (!misdecoded) {
      return null;
    }
    StringBuilder out = new StringBuilder(lowerText.length());
    for (int i = 0; i < lowerText.length(); i++) {
      char c = lowerText.charAt(i);
      int k = MISDECODED.indexOf(c);
      out.append(k >= 0 ? TURKISH.charAt(k) : c);
    }
    return out.toString();
  }
}
