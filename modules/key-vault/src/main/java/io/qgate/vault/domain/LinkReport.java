package io.qgate.vault.domain;

/**
 * What a link's source did in one tick, published by the instance that runs the link.
 *
 * @param qber the QBER of the link's key, null if unknown (external KMEs do not report it)
 * @param secretBitsPerSecond the rate key arrives at
 * @param detail why the status is what it is, for operators; never key material; null if there is
 *     nothing to add; cut to {@link #MAX_DETAIL} characters
 */
public record LinkReport(
    LinkStatus status, Double qber, double secretBitsPerSecond, String detail) {

  /** The most of {@code detail} kept (the width of {@code vault_link_state.detail}). */
  public static final int MAX_DETAIL = 500;

  public LinkReport {
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL - 1) + "…";
    }
  }

  public static LinkReport of(LinkStatus status, Double qber, double secretBitsPerSecond) {
    return new LinkReport(status, qber, secretBitsPerSecond, null);
  }
}
