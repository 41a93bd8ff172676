package io.qgate.vault.infrastructure.external;

import io.qgate.vault.domain.KeyStore;
import io.qgate.vault.domain.LinkSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links {@code QGATE_VAULT_EXTERNAL_KMES} sources from QKD hardware, read once at startup. Each
 * invalid entry is logged once as an error naming the file and the field; the other links go on.
 */
@ApplicationScoped
public class ExternalKmes {

  private static final Logger LOG = Logger.getLogger(ExternalKmes.class.getName());

  @Inject
  @ConfigProperty(name = "qgate.vault.external-kmes")
  Optional<String> file;

  @Inject KeyStore store;

  private Path path;
  private ExternalKmesConfig config = ExternalKmesConfig.NONE;
  private Map<String, LinkSource> sources = Map.of();
  private final Set<String> reportedUnregistered = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void load() {
    file.filter(f -> !f.isBlank()).ifPresent(f -> load(Path.of(f.strip()), System::getenv));
  }

  void load(Path path, Function<String, String> environment) {
    this.path = path;
    config = ExternalKmesFile.read(path, environment);
    config.problems().forEach(p -> LOG.severe("External KMEs: " + p + "; that link is not run"));
    sources =
        config.links().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    ExternalLink::linkId, l -> new ExternalLinkSource(l, store)));
    config
        .links()
        .forEach(
            l ->
                LOG.info(
                    () ->
                        "Link "
                            + l.linkId()
                            + " takes its key from KMEs "
                            + l.master().url()
                            + " (as "
                            + l.master().saeId()
                            + ") and "
                            + l.slave().url()
                            + " (as "
                            + l.slave().saeId()
                            + ")"));
  }

  /** True if the file names any link, valid or not. */
  public boolean configuresAny() {
    return !sources.isEmpty() || !config.misconfigured().isEmpty();
  }

  /** True if the file names {@code linkId}: such a link is never simulated. */
  public boolean configures(String linkId) {
    return sources.containsKey(linkId) || config.misconfigured().contains(linkId);
  }

  /**
   * The hardware source of {@code linkId}; empty if the file does not name it or its entry is bad.
   */
  public Optional<LinkSource> source(String linkId) {
    return Optional.ofNullable(sources.get(linkId));
  }

  /** Logs once each configured link the network registry does not hold (it cannot be run). */
  public void checkRegistered(Collection<String> registeredLinkIds) {
    for (ExternalLink link : config.links()) {
      if (registeredLinkIds.contains(link.linkId())) {
        reportedUnregistered.remove(link.linkId());
      } else if (reportedUnregistered.add(link.linkId())) {
        LOG.severe(
            "External KMEs: "
                + path
                + ": "
                + link.field()
                + ".linkId: "
                + link.linkId()
                + " is not a link of the network registry; it is not run until it is registered");
      }
    }
  }
}
