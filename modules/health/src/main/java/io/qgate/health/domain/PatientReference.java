package io.qgate.health.domain;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The FHIR reference to the patient a monitor is attached to, always a random pseudonym such as
 * {@code Patient/p-mfrggzdfmztwq2lknnwg23tpoa}: never a name, medical record number or birth date.
 * Only the hospital's master patient index maps a pseudonym back to a person, so the telemetry path
 * carries no directly identifying data (GDPR art. 4(5) pseudonymisation; HIPAA 45 CFR 164.514). The
 * pseudonym is still personal data: it stays inside the encrypted readings and never reaches alerts
 * (see docs/health.md).
 *
 * <p>The id is 130 random bits in lowercase RFC 4648 base32 (26 characters), which fits FHIR's id
 * grammar {@code [A-Za-z0-9\-\.]{1,64}} (http://hl7.org/fhir/R4/datatypes.html#id).
 */
public record PatientReference(String value) {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int LENGTH = 26;
  private static final Pattern PSEUDONYM = Pattern.compile("Patient/p-[a-z2-7]{" + LENGTH + "}");

  public PatientReference {
    if (!isPseudonym(value)) {
      throw new IllegalArgumentException("a patient reference must be a pseudonym Patient/p-...");
    }
  }

  /** Whether {@code reference} is a pseudonymous patient reference of this form. */
  public static boolean isPseudonym(String reference) {
    return reference != null && PSEUDONYM.matcher(reference).matches();
  }

  /**
   * A new pseudonym drawn from {@code random}: a {@link java.security.SecureRandom} in production,
   * a seeded generator in simulations that must replay.
   */
  public static PatientReference random(RandomGenerator random) {
    StringBuilder id = new StringBuilder("Patient/p-");
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new PatientReference(id.toString());
  }

  /** Never the pseudonym itself: records are logged and printed more often than one thinks. */
  @Override
  public String toString() {
    return "PatientReference[redacted]";
  }
}
