package io.trustwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerPseudonymiserTest {

  private static final String KEY = "k3y-for-tests-only-0123456789";
  private static final CustomerPseudonymiser PSEUDONYMISER =
      new CustomerPseudonymiser(KEY.getBytes(StandardCharsets.UTF_8));

  @Test
  void matchesHmacSha256TestVectorFromRfc4231() {
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);
    // RFC 4231 test case 1: HMAC-SHA-256 = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7
    assertEquals("b0344c61d8db38535ca8afceaf0bf12b", new CustomerPseudonymiser(key).pseudonymise("Hi There"));
  }

  @Test
  void isStableForTheSameKey() {
    CustomerPseudonymiser again = new CustomerPseudonymiser(KEY.getBytes(StandardCharsets.UTF_8));
    assertEquals(PSEUDONYMISER.pseudonymise("C-1001"), again.pseudonymise("C-1001"));
    assertEquals(PSEUDONYMISER.pseudonymise("C-1001"), PSEUDONYMISER.pseudonymise("C-1001"));
  }

  @Test
  void differentKeysOrIdsGiveDifferentPseudonyms() {
    CustomerPseudonymiser other = new CustomerPseudonymiser("another-key-0123456789".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(PSEUDONYMISER.pseudonymise("C-1001"), other.pseudonymise("C-1001"));
    assertNotEquals(PSEUDONYMISER.pseudonymise("C-1001"), PSEUDONYMISER.pseudonymise("C-1002"));
    assertNotEquals(PSEUDONYMISER.pseudonymise("C-1001"), CustomerPseudonymiser.demo().pseudonymise("C-1001"));
  }

  @Test
  void outputIs32LowercaseHexCharacters() {
    for (String id : List.of("C-1001", "ahmet@example.com", "أحمد", "x")) {
      assertTrue(PSEUDONYMISER.pseudonymise(id).matches("[0-9a-f]{32}"), id);
    }
  }

  @Test
  void surroundingWhitespaceIsIgnoredAndBlankIdsHaveNoPseudonym() {
    assertEquals(PSEUDONYMISER.pseudonymise("C-1001"), PSEUDONYMISER.pseudonymise("  C-1001\t"));
    assertNull(PSEUDONYMISER.pseudonymise(null));
    assertNull(PSEUDONYMISER.pseudonymise(""));
    assertNull(PSEUDONYMISER.pseudonymise("   "));
  }

  @Test
  void rejectsShortKeys() {
    assertThrows(IllegalArgumentException.class, () -> new CustomerPseudonymiser(new byte[15]));
    assertThrows(IllegalArgumentException.class, () -> new CustomerPseudonymiser(null));
  }

  @Test
  void fromEnvironmentNamesTheVariableWhenItIsMissingOrShort() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> CustomerPseudonymiser.fromEnvironment("TW_KEY", Map.<String, String>of()::get));
    assertTrue(missing.getMessage().contains("TW_KEY"), missing.getMessage());

    IllegalStateException blank = assertThrows(IllegalStateException.class,
        () -> CustomerPseudonymiser.fromEnvironment("TW_KEY", Map.of("TW_KEY", "   ")::get));
    assertTrue(blank.getMessage().contains("TW_KEY"), blank.getMessage());

    IllegalStateException shortKey = assertThrows(IllegalStateException.class,
        () -> CustomerPseudonymiser.fromEnvironment("TW_KEY", Map.of("TW_KEY", "s3cr3t-15-bytes")::get));
    assertTrue(shortKey.getMessage().contains("TW_KEY"), shortKey.getMessage());
    assertFalse(shortKey.getMessage().contains("s3cr3t"), "the message must not reveal the key");
  }

  @Test
  void fromEnvironmentUsesTheUtf8BytesOfTheValue() {
    CustomerPseudonymiser fromEnv = CustomerPseudonymiser.fromEnvironment("TW_KEY", Map.of("TW_KEY", KEY)::get);
    assertEquals(PSEUDONYMISER.pseudonymise("C-1001"), fromEnv.pseudonymise("C-1001"));
  }

  @Test
  void realEnvironmentIsReadByName() {
    String unlikely = "TRUSTWATCH_TEST_UNSET_" + System.nanoTime();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CustomerPseudonymiser.fromEnvironment(unlikely));
    assertTrue(e.getMessage().contains(unlikely));
  }

  @Test
  void toStringNeverShowsTheKey() {
    byte[] keyBytes = KEY.getBytes(StandardCharsets.UTF_8);
    String text = PSEUDONYMISER.toString() + CustomerPseudonymiser.demo();
    assertFalse(text.contains(KEY));
    assertFalse(text.contains(CustomerPseudonymiser.DEMO_KEY));
    assertFalse(text.toLowerCase().contains(HexFormat.of().formatHex(keyBytes).substring(0, 16)));
    assertFalse(text.contains(Base64.getEncoder().encodeToString(keyBytes).substring(0, 16)));
  }

  @Test
  void keyArrayIsCopied() {
    byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
    CustomerPseudonymiser pseudonymiser = new CustomerPseudonymiser(key);
    String before = pseudonymiser.pseudonymise("C-1001");
    Arrays.fill(key, (byte) 0);
    assertEquals(before, pseudonymiser.pseudonymise("C-1001"));
  }

  @Test
  void worksAfterSerialisationAsSparkShipsIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PSEUDONYMISER);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      CustomerPseudonymiser copy = (CustomerPseudonymiser) in.readObject();
      assertEquals(PSEUDONYMISER.pseudonymise("C-1001"), copy.pseudonymise("C-1001"));
    }
  }

  @Test
  void sharedInstanceIsThreadSafe() {
    List<String> ids = IntStream.range(0, 2000).mapToObj(i -> "C-" + i).toList();
    List<String> sequential = new ArrayList<>();
    for (String id : ids) {
      sequential.add(PSEUDONYMISER.pseudonymise(id));
    }
    List<String> parallel = ids.parallelStream().map(PSEUDONYMISER::pseudonymise).toList();
    assertEquals(sequential, parallel);
  }
}
