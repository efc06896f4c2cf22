package io.trustwatch.privacy;

import java.util.regex.Pattern;

/**
 * Whether a number is written right after a word that makes it an identifier of an order,
 * shipment, invoice or ticket ("order #", "sipariş no", "nomor resi", "номер заказа",
 * "رقم الطلب"). Such numbers identify a transaction, not a person, and support needs them, so a
 * phone-like or even Luhn-valid number in that position is left in the text.
 */
final class IdentifierCue {

  private static final String WORD_CUE =
      "(?<!\\p{L})(?:order|tracking|track|invoice|ref|reference|ticket|case|booking|confirmation"
          + "|shipment|parcel|waybill|awb"
          + "|sipari[şs]|kargo|takip|fatura|gönderi"
          + "|pesanan|resi|tagihan|faktur"
          + "|заказ|трек|накладн|квитанц|счёт|счет|посылк|отправлени|идентификатор"
          + "|طلب|الطلب|شحن|الشحنة|تتبع|فاتورة|بوليصة)\\p{L}*[^\\p{N}\\p{L}]{0,4}"
          + "(?:(?:no|nr|num|number|numaras[ıi]|nomor|номер|رقم)\\p{L}*[^\\p{N}\\p{L}]{0,4})?";

  private static final Pattern WORD = Pattern.compile(
      "(?:" + WORD_CUE + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern WORD_OR_SYMBOL = Pattern.compile(
      "(?:" + WORD_CUE + "|[#№][^\\p{N}\\p{L}]{0,2})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far back the cue may start; longer than any cue phrase. */
  private static final int WINDOW = 40;

  private IdentifierCue() {}

  /** Whether an identifier word ("order", "resi", "заказ", "الطلب", …) comes just before {@code numberStart}. */
  static boolean wordPrecedes(String text, int numberStart) {
    return endsBefore(WORD, text, numberStart);
  }

  /**
   * Whether an identifier word or a bare {@code #} / {@code №} comes just before {@code numberStart}.
   * The bare symbol is too weak for card numbers ("card № 4111…") but enough to rule out a phone.
   */
  static boolean wordOrSymbolPrecedes(String text, int numberStart) {
    return endsBefore(WORD_OR_SYMBOL, text, numberStart);
  }

  private static boolean endsBefore(Pattern cue, String text, int numberStart) {
    return cue.matcher(text).region(Math.max(0, numberStart - WINDOW), numberStart)
        .useTransparentBounds(true).find();
  }
}
