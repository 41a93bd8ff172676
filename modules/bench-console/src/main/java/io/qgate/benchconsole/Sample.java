package io.qgate.benchconsole;

/**
 * One page load, all times in ms from the document's navigation start (performance.timeOrigin).
 *
 * @param firstViewMs the first view complete, by the run's {@link Method}
 * @param markMs the 'qgate:first-view' mark, or NaN if the console sets none
 * @param domMs the DOM condition of {@link Method#DOM}, or NaN if it was not seen
 * @param fetchStartMs Navigation Timing fetchStart: after a sign-in, the time spent before the
 *     console document's own fetch (Keycloak's login POST and its redirect)
 * @param domContentLoadedMs Navigation Timing domContentLoadedEventEnd
 * @param loadMs Navigation Timing loadEventEnd
 * @param errorSections overview sections that showed an error instead of their data
 */
record Sample(
    double firstViewMs,
    double markMs,
    double domMs,
    double fetchStartMs,
    double domContentLoadedMs,
    double loadMs,
    int errorSections) {}
