package io.qgate.vault.interfaces.rest.etsi;

import static org.assertj.core.api.Assertions.assertThat;

import io.qgate.policy.domain.KeyClass;
import io.qgate.vault.application.EtsiKeyService;
import io.qgate.vault.application.EtsiStatus;
import io.qgate.vault.domain.EtsiException;
import io.qgate.vault.domain.IssuedKey;
import io.qgate.vault.domain.KeyRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the servlet does before and after the service: routing, reading, answering, refusing. */
class EtsiKeyServletTest {

  private final List<String> calls = new ArrayList<>();
  private RuntimeException failure;
  private EtsiKeyServlet servlet;

  @BeforeEach
  void servletOverARecordingService() {
    servlet = new EtsiKeyServlet();
    servlet.service = new RecordingService();
  }

  @Test
  void encKeysByPostReadsTheKeyRequestAndAnswersAKeyContainer() throws Exception {
    Answer answer =
        send("POST", "/sae-core-1/enc_keys", Map.of(), "{\"number\": 2, \"size\": 512}");

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.contentType).isEqualTo("application/json");
    assertThat(answer.json().getJsonArray("keys")).hasSize(2);
    assertThat(calls).containsExactly("enc sae-core-1 2x512");
  }

  @Test
  void theSimpleFormsTakeQueryParameters() throws Exception {
    UUID keyId = UUID.randomUUID();
    assertThat(send("GET", "/sae-core-1/enc_keys", Map.of("number", "3"), "").status)
        .isEqualTo(200);
    assertThat(send("GET", "/sae-grid-1/dec_keys", Map.of("key_ID", keyId.toString()), "").status)
        .isEqualTo(200);
    assertThat(send("GET", "/sae-core-1/status", Map.of(), "").json().getString("slave_SAE_ID"))
        .isEqualTo("sae-core-1");
    assertThat(calls)
        .containsExactly(
            "enc sae-core-1 3x256", "dec sae-grid-1 [" + keyId + "]", "status sae-core-1");
  }

  @Test
  void aHeadOrAnyOtherMethodIsRefusedBeforeAKeyMoves() throws Exception {
    for (String method : new String[] {"HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}) {
      Answer answer = send(method, "/sae-core-1/enc_keys", Map.of(), "");
      assertThat(answer.status).as(method).isEqualTo(405);
      assertThat(answer.headers).containsEntry("Allow", "GET, POST");
      assertThat(answer.json().getString("message")).contains(method + " is not allowed");
    }
    assertThat(send("POST", "/sae-core-1/status", Map.of(), "{}").headers)
        .containsEntry("Allow", "GET");
    assertThat(calls).isEmpty();
  }

  @Test
  void aPathThatNamesNoOperationIs404WithAnErrorObject() throws Exception {
    Answer answer = send("GET", "/sae-core-1/keys", Map.of(), "");

    assertThat(answer.status).isEqualTo(404);
    assertThat(answer.json().keySet()).containsExactly("message");
    assertThat(calls).isEmpty();
  }

  @Test
  void aRefusalOfTheServiceIsItsStatusAndErrorObject() throws Exception {
    failure = EtsiException.badRequest("size must be a multiple of 8", "size", 100);

    Answer answer = send("POST", "/sae-core-1/enc_keys", Map.of(), "{\"size\": 100}");

    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json().getString("message")).isEqualTo("size must be a multiple of 8");
    assertThat(answer.json().getJsonArray("details").getJsonObject(0).getString("parameter"))
        .isEqualTo("size");
  }

  @Test
  void anUnexpectedFailureIs503WithAnIncidentAndNotItsOwnMessage() throws Exception {
    failure = new IllegalStateException("connection pool internals");

    Answer answer = send("POST", "/sae-grid-1/dec_keys", Map.of(), keyIds(UUID.randomUUID()));

    assertThat(answer.status).isEqualTo(503);
    assertThat(answer.json().getString("message")).contains("incident").doesNotContain("internals");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedUnread() throws Exception {
    String huge = "{\"key_IDs\": [" + " ".repeat(EtsiKeyServlet.MAX_BODY_BYTES) + "]}";

    Answer answer = send("POST", "/sae-grid-1/dec_keys", Map.of(), huge);

    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json().getString("message")).contains("larger than");
    assertThat(calls).isEmpty();
  }

  @Test
  void malformedJsonIs400BeforeTheService() throws Exception {
    Answer answer = send("POST", "/sae-core-1/enc_keys", Map.of(), "{\"number\": ");

    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json().getString("message")).contains("not valid JSON");
    assertThat(calls).isEmpty();
  }

  private static String keyIds(UUID id) {
    return "{\"key_IDs\": [{\"key_ID\": \"" + id + "\"}]}";
  }

  /** Records each call; answers with fresh keys, or with {@link #failure} when one is set. */
  private final class RecordingService extends EtsiKeyService {
    @Override
    public EtsiStatus status(String callerSae, String slaveSaeId) {
      calls.add("status " + slaveSaeId);
      failIfAsked();
      return new EtsiStatus("kme-a", "kme-b", "sae-a", slaveSaeId, 1, 2);
    }

    @Override
    public List<IssuedKey> encKeys(String callerSae, String slaveSaeId, KeyRequest request) {
      calls.add("enc " + slaveSaeId + " " + request.number() + "x" + request.sizeBits());
      failIfAsked();
      return keys(request.number(), request.sizeBits() / 8);
    }

    @Override
    public List<IssuedKey> decKeys(String callerSae, String masterSaeId, List<UUID> keyIds) {
      calls.add("dec " + masterSaeId + " " + keyIds);
      failIfAsked();
      return keys(keyIds.size(), 32);
    }

    private void failIfAsked() {
      if (failure != null) {
        throw failure;
      }
    }

    private static List<IssuedKey> keys(int number, int bytes) {
      List<IssuedKey> keys = new ArrayList<>();
      for (int i = 0; i < number; i++) {
        keys.add(new IssuedKey(UUID.randomUUID(), KeyClass.QKD, new byte[bytes]));
      }
      return keys;
    }
  }

  private Answer send(String method, String pathInfo, Map<String, String> query, String body)
      throws Exception {
    Answer answer = new Answer();
    servlet.service(request(method, pathInfo, query, body), answer.response());
    return answer;
  }

  private static HttpServletRequest request(
      String method, String pathInfo, Map<String, String> query, String body) {
    ServletInputStream in = new BytesIn(body.getBytes(StandardCharsets.UTF_8));
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            EtsiKeyServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getPathInfo" -> pathInfo;
                  case "getParameter" -> query.get((String) args[0]);
                  case "getInputStream" -> in;
                  default -> null;
                });
  }

  /** What the servlet answered. */
  private static final class Answer {
    int status;
    String contentType;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse response() {
      ServletOutputStream out = new BytesOut(body);
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              EtsiKeyServletTest.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, m, args) -> {
                switch (m.getName()) {
                  case "setStatus" -> status = (Integer) args[0];
                  case "setContentType" -> contentType = (String) args[0];
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "getOutputStream" -> {
                    return out;
                  }
                  default -> {}
                }
                return null;
              });
    }

    JsonObject json() {
      try (var reader =
          Json.createReader(new StringReader(body.toString(StandardCharsets.UTF_8)))) {
        return reader.readObject();
      }
    }
  }

  private static final class BytesIn extends ServletInputStream {
    private final ByteArrayInputStream bytes;

    BytesIn(byte[] body) {
      bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public boolean isFinished() {
      return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class BytesOut extends ServletOutputStream {
    private final ByteArrayOutputStream bytes;

    BytesOut(ByteArrayOutputStream bytes) {
      this.bytes = bytes;
    }

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
