package io.qgate.benchconsole;

/** How the moment the first view is complete was found. */
enum Method {
  /** The console's own mark: performance.mark('qgate:first-view') after boot()'s first route(). */
  MARK(
      "mark",
      "performance mark 'qgate:first-view' (set by app.js once the first view has rendered with"
          + " its data)"),
  /**
   * A console without the mark: the first moment [data-testid=view-overview] holds its panels and
   * no element of class 'loading', seen by a MutationObserver installed before the page's scripts.
   */
  DOM(
      "dom",
      "fallback, the deployed console sets no 'qgate:first-view' mark: first DOM mutation after"
          + " which [data-testid=view-overview] holds its panels and no .loading element");

  private final String key;
  private final String description;

  Method(String key, String description) {
    this.key = key;
    this.description = description;
  }

  String key() {
    return key;
  }

  String description() {
    return description;
  }
}
