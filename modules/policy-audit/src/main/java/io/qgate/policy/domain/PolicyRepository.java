package io.qgate.policy.domain;

import java.util.List;
import java.util.Optional;

/** Policy revisions; the highest version per scope is in force. */
public interface PolicyRepository {

  Optional<PolicyRevision> current(PolicyScope scope);

  /** The policy in force in every scope that has one. */
  List<PolicyRevision> allCurrent();

  /** Every version of a scope's policy, oldest first. */
  List<PolicyRevision> history(PolicyScope scope);

  Optional<PolicyRevision> revision(PolicyScope scope, int version);

  /** Adds a revision; a concurrent revision with the same version makes this fail (unique key). */
  void add(PolicyRevision revision);
}
