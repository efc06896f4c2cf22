package io.trustwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "5500000000000004", "378282246310005", "79927398713",
      "2200000000000004", "9792000000000003"})
  void luhnAcceptsValidNumbers(String digits) {
    assertTrue(CardDetector.passesLuhn(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "4567891234567890", "1234567890123456", "79927398710"})
  void luhnRejectsOtherNumbers(String digits) {
    assertFalse(CardDetector.passesLuhn(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82WEST12345698765432", "gb82west12345698765432", "DE89370400440532013000",
      "SA0380000000608010167519", "TR330006100519786457841326", "EG380019000500000000263180002"})
  void mod97AcceptsValidIbans(String iban) {
    assertTrue(IbanDetector.passesMod97(iban));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82WEST12345698765433", "GB28WEST12345698765432", "DE89370400440532013001",
      "TR33000610051978645784132", "SA03", "1234567890123456789", "GB82-WEST-1234"})
  void mod97RejectsInvalidIbans(String iban) {
    assertFalse(IbanDetector.passesMod97(iban));
  }
}
