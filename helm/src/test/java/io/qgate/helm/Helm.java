package io.qgate.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The helm binary the build fetched (target/helm/helm), run on the chart in helm/qgate, and the
 * rendered manifests as maps.
 */
final class Helm {

  static final Path BINARY = Path.of(property("qgate.helm.binary", "target/helm/helm"));
  static final Path CHART = Path.of(property("qgate.helm.chart", "qgate")).toAbsolutePath();
  static final Path REPO_ROOT = Path.of(property("qgate.repo.root", "..")).toAbsolutePath();
  static final Path PRODUCTION_VALUES = CHART.resolve("values-production.yaml");

  /** A test fixture that sets every value with a visible effect (secrets, external KMEs, ...). */
  static final Path ALL_VALUES = resource("values-all.yaml");

  private Helm() {}

  record Result(int exitCode, String stdout, String stderr) {
    Result assertSuccess() {
      if (exitCode != 0) {
        throw new AssertionError("helm failed (" + exitCode + "):\n" + stderr + stdout);
      }
      return this;
    }
  }

  static Result run(String... arguments) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY + " is missing: run mvn verify -pl helm (it fetches it)");
    }
    List<String> command = new ArrayList<>();
    command.add(BINARY.toString());
    command.addAll(Arrays.asList(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Keep helm's caches and config inside target/, never in the user's home.
    Path home = BINARY.getParent().resolve("home");
    builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
    builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
    builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
    try {
      Path out = Files.createTempFile("helm-out", ".txt");
      Path err = Files.createTempFile("helm-err", ".txt");
      try {
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("helm did not finish in 60 s: " + command);
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code helm template qgate <chart> [extra arguments]}, which must succeed. */
  static Manifests template(String... extraArguments) {
    List<String> arguments = new ArrayList<>(List.of("template", "qgate", CHART.toString()));
    arguments.addAll(Arrays.asList(extraArguments));
    return Manifests.parse(run(arguments.toArray(String[]::new)).assertSuccess().stdout());
  }

  static Manifests templateDefault() {
    return template();
  }

  static Manifests templateProduction() {
    return template("-f", PRODUCTION_VALUES.toString());
  }

  static Manifests templateAll() {
    return template("-f", ALL_VALUES.toString());
  }

  /** The rendered documents, in order. */
  record Manifests(List<Map<String, Object>> documents) {

    static Manifests parse(String yaml) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(16 * 1024 * 1024);
      List<Map<String, Object>> documents = new ArrayList<>();
      for (Object document : new Yaml(options).loadAll(yaml)) {
        if (document != null) {
          documents.add(Maps.map(document));
        }
      }
      return new Manifests(documents);
    }

    List<Map<String, Object>> ofKind(String kind) {
      return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> single(String kind) {
      List<Map<String, Object>> found = ofKind(kind);
      if (found.size() != 1) {
        throw new AssertionError("expected one " + kind + ", found " + found.size());
      }
      return found.get(0);
    }

    /** Pod templates of every workload: Deployment and the like. */
    List<Map<String, Object>> podSpecs() {
      List<Map<String, Object>> specs = new ArrayList<>();
      for (Map<String, Object> document : documents) {
        String kind = Objects.toString(document.get("kind"));
        if (List.of("Deployment", "StatefulSet", "DaemonSet", "Job").contains(kind)) {
          specs.add(Maps.at(document, "spec", "template", "spec"));
        }
      }
      return specs;
    }
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }

  private static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(Helm.class.getResource("/" + name), name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
