package io.trustwatch.privacy;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a customer identifier into a pseudonym: HMAC-SHA-256 of the trimmed identifier (UTF-8)
 * under a secret key, cut to its first {@value #PSEUDONYM_HEX_CHARS} lowercase hex characters.
 *
 * <p>Why keyed: a plain hash of an e-mail address or a loyalty number can be reversed by hashing
 * candidate identifiers; without the key nobody can. Why 128 bits: a collision becomes likely only
 * after about 2^64 customers, truncating an HMAC to half its length is sanctioned by RFC 2104
 * (section 5), and the shorter key halves the width of every customer column in the tables.
 *
 * <p>Same key, same pseudonym, on every run and machine; a different key gives unrelated pseudonyms,
 * so rotating the key unlinks all history. The key is never logged, printed or put in
 * {@link #toString()}.
 *
 * <p>Thread-safe (one {@link Mac} per thread). Serializable so Spark can ship it to executors
 * inside a function; the key travels with it, so enable Spark's RPC encryption on shared clusters.
 */
public final class CustomerPseudonymiser implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  /** The environment variable production jobs read the key from. */
  public static final String KEY_ENVIRONMENT_VARIABLE = "TRUSTWATCH_PSEUDONYM_KEY";

  /**
   * For the bundled demo only, never for real data: it is public, so anyone can recompute the
   * pseudonyms it produces.
   */
  public static final String DEMO_KEY = "trustwatch-demo-key:public:never-use-for-real-data";

  /** The shortest key accepted: 128 bits. */
  public static final int MIN_KEY_BYTES = 16;

  /** Length of a pseudonym: 32 hex characters, the first 128 bits of the HMAC. */
  public static final int PSEUDONYM_HEX_CHARS = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;
  private final transient ThreadLocal<Mac> macs;

  /**
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @throws IllegalArgumentException if the key is shorter
   */
  public CustomerPseudonymiser(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "pseudonymisation key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = key.clone();
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * Reads the key from an environment variable, as UTF-8 bytes of its value.
   *
   * @param variableName normally {@link #KEY_ENVIRONMENT_VARIABLE}
   * @throws IllegalStateException naming the variable if it is unset, blank or shorter than
   *     {@value #MIN_KEY_BYTES} bytes
   */
  public static CustomerPseudonymiser fromEnvironment(String variableName) {
    return fromEnvironment(variableName, System::getenv);
  }

  /** {@link #fromEnvironment(String)} over any environment lookup, so the checks can be tested. */
  static CustomerPseudonymiser fromEnvironment(String variableName, Function<String, String> environment) {
    String value = environment.apply(variableName);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + variableName
          + " is not set: it must hold the secret pseudonymisation key (at least " + MIN_KEY_BYTES
          + " bytes, e.g. the output of `openssl rand -base64 32`)");
    }
    byte[] key = value.getBytes(StandardCharsets.UTF_8);
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalStateException("environment variable " + variableName
          + " holds a pseudonymisation key shorter than " + MIN_KEY_BYTES + " bytes");
    }
    return new CustomerPseudonymiser(key);
  }

  /** A pseudonymiser with {@link #DEMO_KEY}: for the bundled demo only, never for real data. */
  public static CustomerPseudonymiser demo() {
    return new CustomerPseudonymiser(DEMO_KEY.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param customerId an identifier as found in the input; surrounding whitespace is ignored
   * @return {@value #PSEUDONYM_HEX_CHARS} lowercase hex characters, or {@code null} for a null or
   *     blank identifier (a post without a customer stays without one)
   */
  public String pseudonymise(String customerId) {
    if (customerId == null || customerId.isBlank()) {
      return null;
    }
    byte[] mac = macs.get().doFinal(customerId.strip().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac, 0, PSEUDONYM_HEX_CHARS / 2);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256, so this means a broken runtime.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** Rebuilds the per-thread MACs, which are not serialised, after Spark ships the object. */
  @Serial
  private Object readResolve() {
    return new CustomerPseudonymiser(key);
  }

  @Override
  public String toString() {
    return "CustomerPseudonymiser[" + ALGORITHM + ", " + PSEUDONYM_HEX_CHARS + " hex chars, key hidden]";
  }
}
