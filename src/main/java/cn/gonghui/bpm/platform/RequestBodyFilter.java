package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first check of every request body sent to the APIs (/engine-rest, the web apps' /camunda/api, /api),
 * before any of it reaches Camunda or a controller: a body must say what it is (JSON, a multipart upload,
 * or the web apps' login form), JSON must be well-formed — one value, no trailing garbage, no key twice, no
 * NUL character or broken surrogate in any string — and no body may exceed its size limit. Each refusal is
 * a 400, 413 or 415 with a Chinese message ({@link ClerkError}); a good JSON body is passed on unchanged.
 */
public class RequestBodyFilter extends OncePerRequestFilter {

  /** Largest JSON body: a task form with a pasted roster of some thousands of members fits easily. */
  static final int MAX_JSON_BYTES = 2 * 1024 * 1024;

  /** Largest upload (a deployment from the Modeler, a roster spreadsheet); /api also has Spring's limit. */
  static final long MAX_UPLOAD_BYTES = 12L * 1024 * 1024;

  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final JsonFactory STRICT =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!BODY_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    long length = request.getContentLengthLong();
    if (type.startsWith("multipart/form-data")) {
      if (length > MAX_UPLOAD_BYTES) {
        refuse(request, response, new ClerkError(413, "RequestError", "上传文件过大（最大12MB）", null, null));
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (type.startsWith("application/x-www-form-urlencoded") && request.getRequestURI().contains("/auth/user/")) {
      // the web apps' login form
      chain.doFilter(request, response);
      return;
    }
    if (length > MAX_JSON_BYTES) {
      refuse(request, response, ClerkError.ofStatus(413));
      return;
    }
    byte[] body = read(request.getInputStream());
    if (body == null) {
      refuse(request, response, ClerkError.ofStatus(413));
      return;
    }
    if (body.length == 0) {
      chain.doFilter(new CachedBody(request, body), response);
      return;
    }
    if (!isJson(type)) {
      refuse(request, response, ClerkError.ofStatus(415));
      return;
    }
    String problem = jsonProblem(body);
    if (problem != null) {
      refuse(request, response, new ClerkError(400, "InvalidRequestException", problem, null, null));
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private static boolean isJson(String type) {
    String media = type.split(";", 2)[0].trim();
    return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
  }

  /** What is wrong with a JSON body, in Chinese, or null. */
  static String jsonProblem(byte[] body) {
    try (JsonParser parser = STRICT.createParser(body)) {
      if (parser.nextToken() == null) {
        return "请求内容为空";
      }
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        return "请求内容不是有效的 JSON：结尾有多余的内容";
      }
    } catch (JsonProcessingException e) {
      return e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
          ? "请求内容不是有效的 JSON：有重复的字段"
          : "请求内容不是有效的 JSON，请检查格式";
    } catch (IOException e) {
      return "请求内容不是有效的 JSON，请检查格式";
    }
    try (JsonParser parser = JSON.getFactory().createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          if (unsafe(parser.getText())) {
            return "请求内容含有无法保存的字符（空字符或不完整的字符）";
          }
        }
      }
    } catch (IOException e) {
      return "请求内容不是有效的 JSON，请检查格式";
    }
    return null;
  }

  /** NUL or a surrogate without its pair: nothing a clerk types, and not storable everywhere. */
  static boolean unsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The whole body, or null when it is larger than {@link #MAX_JSON_BYTES}. */
  private static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_JSON_BYTES) {
        return null;
      }
    }
    return out.toByteArray();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, ClerkError error)
      throws IOException {
    ErrorLog.log(error, null, request);
    response.setStatus(error.status());
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(error.body()));
  }

  /** The request with its body read once and served again from memory. */
  static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
