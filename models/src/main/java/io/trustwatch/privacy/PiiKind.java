package io.trustwatch.privacy;

/** The kinds of personal data {@link PiiRedactor} removes, each with the placeholder that replaces it. */
public enum PiiKind {
  EMAIL("<EMAIL>"),
  PHONE("<PHONE>"),
  CARD("<CARD>"),
  IBAN("<IBAN>");

  private final String placeholder;

  PiiKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The literal text that stands in for a redacted value of this kind. */
  public String placeholder() {
    return placeholder;
  }
}
