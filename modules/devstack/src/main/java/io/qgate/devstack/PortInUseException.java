package io.qgate.devstack;

/** A server could not start because its TCP port is taken; the message names the port. */
public class PortInUseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int port;

  public PortInUseException(String server, int port) {
    super("Cannot start " + server + ": port " + port + " is already in use");
    this.port = port;
  }

  public int port() {
    return port;
  }
}
