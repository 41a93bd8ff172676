package io.qgate.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load generator's HTTP/1.1 answers: every way a body can be framed, and broken answers. */
class Http1AnswerTest {

  @Test
  void aBodyOfContentLengthLeavesTheNextAnswerOnTheConnection() throws Exception {
    InputStream in =
        stream(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                + "{\"keys\":[]}"
                + "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 2\r\n\r\n{}");
    assertThat(Http1Answer.read(in)).isEqualTo(new Http1Answer(200, "{\"keys\":[]}", false));
    assertThat(Http1Answer.read(in)).isEqualTo(new Http1Answer(503, "{}", false));
  }

  @Test
  void chunksAreJoinedWithExtensionsAndTrailersIgnored() throws Exception {
    InputStream in =
        stream(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\n{\"a\":\r\nA\r\n\"0123456\"}\r\n0\r\nX-Trailer: t\r\n\r\nrest");
    assertThat(Http1Answer.read(in)).isEqualTo(new Http1Answer(200, "{\"a\":\"0123456\"}", false));
    assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("rest");
  }

  @Test
  void connectionCloseOrNoLengthMeansTheServerClosesAfterTheAnswer() throws Exception {
    assertThat(
            Http1Answer.read(
                stream(
                    "HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n"
                        + "Content-Length: 0\r\n\r\n")))
        .isEqualTo(new Http1Answer(401, "", true));
    assertThat(Http1Answer.read(stream("HTTP/1.1 200 OK\r\n\r\nuntil the end")))
        .isEqualTo(new Http1Answer(200, "until the end", true));
  }

  @Test
  void brokenAnswersAreIoErrors() {
    assertThatThrownBy(() -> Http1Answer.read(stream("SSH-2.0-OpenSSH\r\n\r\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an HTTP/1.1 answer");
    assertThatThrownBy(() -> Http1Answer.read(stream("HTTP/1.1 2x0 OK\r\n\r\n")))
        .hasMessageContaining("not an HTTP status");
    assertThatThrownBy(
            () -> Http1Answer.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort")))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(
            () ->
                Http1Answer.read(
                    stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")))
        .hasMessageContaining("bad chunk size");
    assertThatThrownBy(
            () -> Http1Answer.read(stream("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n")))
        .hasMessageContaining("bad Content-Length");
    assertThatThrownBy(() -> Http1Answer.read(stream("HTTP/1.1 200 OK\r\nContent-Le")))
        .isInstanceOf(EOFException.class);
  }

  private static InputStream stream(String bytes) {
    return new ByteArrayInputStream(bytes.getBytes(StandardCharsets.US_ASCII));
  }
}
