package io.qgate.netsim.topology;

import io.qgate.qkd.protocol.Protocol;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a topology from JSON (format in docs/architectures.md). Every problem is one {@link
 * IllegalArgumentException} naming the file, the line and the field.
 */
public final class TopologyFile {

  private final String name;
  private final Protocol defaultProtocol;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Link> links = new ArrayList<>();

  private TopologyFile(String name, Protocol defaultProtocol) {
    this.name = name;
    this.defaultProtocol = defaultProtocol;
  }

  /** Reads and checks a topology; links without a protocol get {@code defaultProtocol}. */
  public static Topology read(Path file, Protocol defaultProtocol) {
    TopologyFile reader = new TopologyFile(file.toString(), defaultProtocol);
    try (Reader in = Files.newBufferedReader(file)) {
      return reader.parse(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read topology file " + file + ": " + e.getMessage());
    }
  }

  /** Reads from any reader; {@code name} is what error messages call it. */
  public static Topology read(Reader in, String name, Protocol defaultProtocol) {
    return new TopologyFile(name, defaultProtocol).parse(in);
  }

  private Topology parse(Reader in) {
    List<Entry> nodeEntries = new ArrayList<>();
    List<Entry> linkEntries = new ArrayList<>();
    try (JsonParser parser = Json.createParser(in)) {
      expect(parser, JsonParser.Event.START_OBJECT, "the document must be a JSON object");
      while (parser.next() == JsonParser.Event.KEY_NAME) {
        String key = parser.getString();
        switch (key) {
          case "nodes" -> readArray(parser, key, nodeEntries);
          case "links" -> readArray(parser, key, linkEntries);
          default -> {
            parser.next();
            parser.getValue();
          }
        }
      }
    } catch (JsonParsingException e) {
      throw new IllegalArgumentException(
          String.format(
              "%s: line %d, column %d: malformed JSON: %s",
              name,
              e.getLocation().getLineNumber(),
              e.getLocation().getColumnNumber(),
              e.getMessage()));
    } catch (java.util.NoSuchElementException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": malformed JSON: " + e.getMessage());
    }
    if (nodeEntries.isEmpty()) {
      throw new IllegalArgumentException(name + ": \"nodes\" is missing or empty");
    }
    for (int i = 0; i < nodeEntries.size(); i++) {
      node(nodeEntries.get(i), "nodes[" + i + "]");
    }
    for (int i = 0; i < linkEntries.size(); i++) {
      link(linkEntries.get(i), "links[" + i + "]");
    }
    try {
      return new Topology(nodes, links);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage());
    }
  }

  private void readArray(JsonParser parser, String key, List<Entry> into) {
    expect(parser, JsonParser.Event.START_ARRAY, "\"" + key + "\" must be an array");
    JsonParser.Event event;
    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
      long line = parser.getLocation().getLineNumber();
      if (event != JsonParser.Event.START_OBJECT) {
        fail(line, key + "[" + into.size() + "]", "must be an object");
      }
      into.add(new Entry(parser.getObject(), line));
    }
  }

  private void expect(JsonParser parser, JsonParser.Event wanted, String message) {
    if (!parser.hasNext() || parser.next() != wanted) {
      fail(parser.getLocation().getLineNumber(), null, message);
    }
  }

  private void node(Entry e, String path) {
    String id = text(e, path, "id");
    Role role = parsed(e, path + ".role", () -> Role.fromJsonName(text(e, path, "role")));
    JsonObject location = e.object().getJsonObject("location");
    if (location == null) {
      fail(e.line(), path + ".location", "is missing (an object with x_km and y_km)");
    }
    Entry at = new Entry(location, e.line());
    double x = number(at, path + ".location", "x_km");
    double y = number(at, path + ".location", "y_km");
    if (index.putIfAbsent(id, nodes.size()) != null) {
      fail(e.line(), path + ".id", "duplicate node id '" + id + "'");
    }
    nodes.add(new Node(id, role, x, y));
  }

  private void link(Entry e, String path) {
    int a = endpoint(e, path, "from");
    int b = endpoint(e, path, "to");
    if (a == b) {
      fail(e.line(), path, "joins node '" + nodes.get(a).id() + "' to itself");
    }
    double km =
        e.object().containsKey("fibre_km")
            ? number(e, path, "fibre_km")
            : Math.max(
                TopologyBuilder.MIN_FIBRE_KM,
                TopologyBuilder.ROUTE_FACTOR * nodes.get(a).distanceKm(nodes.get(b)));
    if (km < 0) {
      fail(e.line(), path + ".fibre_km", "must be >= 0, was " + km);
    }
    Protocol protocol =
        e.object().containsKey("protocol")
            ? parsed(e, path + ".protocol", () -> Protocol.fromCliName(text(e, path, "protocol")))
            : defaultProtocol;
    links.add(new Link(a, b, km, protocol));
  }

  private int endpoint(Entry e, String path, String field) {
    String id = text(e, path, field);
    Integer i = index.get(id);
    if (i == null) {
      fail(e.line(), path + "." + field, "names unknown node '" + id + "'");
    }
    return i;
  }

  private String text(Entry e, String path, String field) {
    if (!(e.object().get(field) instanceof jakarta.json.JsonString s) || s.getString().isBlank()) {
      fail(e.line(), path + "." + field, "must be a non-empty string");
      return null;
    }
    return s.getString();
  }

  private double number(Entry e, String path, String field) {
    if (!(e.object().get(field) instanceof jakarta.json.JsonNumber n)
        || !Double.isFinite(n.doubleValue())) {
      fail(e.line(), path + "." + field, "must be a number");
      return 0;
    }
    return n.doubleValue();
  }

  private <T> T parsed(Entry e, String path, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException ex) {
      String message = ex.getMessage();
      throw message.startsWith(name) ? ex : failure(e.line(), path, message);
    }
  }

  private void fail(long line, String field, String message) {
    throw failure(line, field, message);
  }

  private IllegalArgumentException failure(long line, String field, String message) {
    return new IllegalArgumentException(
        name + ": line " + line + ": " + (field == null ? "" : field + " ") + message);
  }

  private record Entry(JsonObject object, long line) {}
}
