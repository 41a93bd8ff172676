package io.qgate.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before starting a server, so a clash gives a clear error, not a timeout. */
public final class Ports {

  private Ports() {}

  /** True if nothing listens on {@code port} on any local address. */
  public static boolean isFree(int port) {
    // Binding the wildcard address fails if any listener holds the port, on any interface.
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Throws {@link PortInUseException} naming {@code server} and the port if it is taken. */
  public static void requireFree(int port, String server) {
    if (!isFree(port)) {
      throw new PortInUseException(server, port);
    }
  }

  /** A port the operating system reports free right now. */
  public static int anyFree() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free TCP port available", e);
    }
  }
}
