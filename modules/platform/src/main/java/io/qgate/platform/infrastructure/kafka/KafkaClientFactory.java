package io.qgate.platform.infrastructure.kafka;

import java.util.Map;
import java.util.function.Function;

/**
 * Creates Kafka clients inside the application server. Kafka loads its plug-in classes through the
 * thread's context class loader, which on a server thread (a health probe, a timer) is not the
 * application's; the first such load fails and breaks Kafka's config classes for good. Every Kafka
 * client the platform creates goes through here.
 */
public final class KafkaClientFactory {

  private KafkaClientFactory() {}

  public static <C> C create(Map<String, Object> config, Function<Map<String, Object>, C> factory) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(KafkaClientFactory.class.getClassLoader());
    try {
      return factory.apply(config);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
