package io.qgate.vault.interfaces.rest;

/** Sets an injected field of another package's bean, as the container would. */
final class Fields {

  private Fields() {}

  static void set(Object bean, String name, Object value) {
    try {
      var field = bean.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(bean, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
