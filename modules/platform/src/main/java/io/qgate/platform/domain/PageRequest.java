package io.qgate.platform.domain;

/** A zero-based page of a listing; sizes are bounded so no caller can ask for everything. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or greater");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}
