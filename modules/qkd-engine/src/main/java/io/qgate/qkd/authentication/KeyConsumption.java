package io.qgate.qkd.authentication;

/**
 * What authentication has cost so far: a session subtracts {@code bits} from its final key to
 * report its net key, and adds {@code forgeryBound} to its failure probability.
 *
 * @param tags tags produced or checked
 * @param hashKeys hash keys drawn (one per tag without recycling, one per session with it)
 * @param bits pre-shared key bits consumed: 64 per pad plus 64 per hash key
 * @param forgeryBound Σ (L_i + 1)/2^64: the chance that any substituted message passes (union bound
 *     over the tags)
 */
public record KeyConsumption(long tags, long hashKeys, long bits, double forgeryBound) {

  /** Average key bits per tag. */
  public double bitsPerTag() {
    return tags == 0 ? 0 : (double) bits / tags;
  }
}
