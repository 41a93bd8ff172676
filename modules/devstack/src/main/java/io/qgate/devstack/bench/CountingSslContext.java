package io.qgate.devstack.bench;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An initialised {@link SSLContext} that counts the {@link SSLEngine}s it creates. {@code
 * java.net.http.HttpClient} creates one engine per TLS connection, so the count is the number of
 * connections (and TLS handshakes) the benchmark opened.
 */
final class CountingSslContext extends SSLContext {

  CountingSslContext(SSLContext delegate, LongAdder engines) {
    super(new Spi(delegate, engines), delegate.getProvider(), delegate.getProtocol());
  }

  private static final class Spi extends SSLContextSpi {

    private final SSLContext delegate;
    private final LongAdder engines;

    Spi(SSLContext delegate, LongAdder engines) {
      this.delegate = delegate;
      this.engines = engines;
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
        throws KeyManagementException {
      delegate.init(km, tm, random);
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return delegate.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return delegate.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      engines.increment();
      return delegate.createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      engines.increment();
      return delegate.createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return delegate.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return delegate.getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return delegate.getSupportedSSLParameters();
    }
  }
}
