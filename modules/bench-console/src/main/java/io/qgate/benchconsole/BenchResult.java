package io.qgate.benchconsole;

import java.net.URI;

/** A completed run: where, as whom, in which browser, how measured, and the two phases. */
record BenchResult(
    URI url, String user, String browser, Method method, int warmup, Phase signIn, Phase reload) {}
