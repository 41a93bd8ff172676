package io.qgate.benchpipeline;

import java.util.List;
import java.util.Locale;

/**
 * Whether the pipeline seals frames: the benchmark measures both so that the price of encryption is
 * the difference between two runs of otherwise the same code.
 */
public enum PipelineMode {
  /** Frames sealed by the TelemetrySerializer, opened by the SecureTelemetryConsumer loop. */
  ENCRYPTED,
  /** The same frames as plain bytes, through the same producers, consumer loop and monitor. */
  PLAIN;

  /** The option value: {@code encrypted} or {@code plain}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The modes of {@code --mode}: {@code encrypted}, {@code plain} or {@code both} (encrypted first,
   * then plain), any case.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static List<PipelineMode> parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "encrypted" -> List.of(ENCRYPTED);
      case "plain" -> List.of(PLAIN);
      case "both" -> List.of(ENCRYPTED, PLAIN);
      default ->
          throw new IllegalArgumentException(
              "--mode must be encrypted, plain or both, got '" + value.strip() + "'");
    };
  }
}
