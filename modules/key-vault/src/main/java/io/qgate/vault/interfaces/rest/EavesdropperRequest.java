package io.qgate.vault.interfaces.rest;

/**
 * A simulated eavesdropper to attach: {@code attack} INTERCEPT_RESEND (with {@code fraction} in (0,
 * 1]) or PNS (no fraction).
 */
public record EavesdropperRequest(String attack, Double fraction) {}
