package io.qgate.policy.domain;

/** The policy in force for a scope, as decisions read it (cached; never the entity itself). */
public record PolicySnapshot(PolicyScope scope, int version, PolicyRules rules) {}
