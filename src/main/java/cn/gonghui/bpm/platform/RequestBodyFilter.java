package cn.gonghui.bpm.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.gonghui.bpm.platform.input.JsonBodyCheck;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean engine = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
    ClerkError problem = problem(body, engine, request.getMethod().equals("PUT") ? variableName(path) : null);
    if (problem != null) {
      refuse(request, response, problem);
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private static final Pattern VARIABLE_PATH = Pattern.compile(".*/(?:variables|localVariables)/([^/]+)$");

  /** The variable a {@code PUT …/variables/{name}} sets, or null for any other path. */
  static String variableName(String path) {
    Matcher matcher = VARIABLE_PATH.matcher(path);
    return matcher.matches() ? URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8) : null;
  }

  private static boolean isJson(String type) {
    String media = type.split(";", 2)[0].trim();
    return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
  }

  /**
   * What is wrong with a JSON body, or null: not one well-formed JSON value, or what {@link JsonBodyCheck}
   * finds in it (NUL, lone surrogates, the engine's variables not of their declared type), with the field.
   */
  static ClerkError problem(byte[] body, boolean engine, String variableName) {
    try (JsonParser parser = STRICT.createParser(body)) {
      if (parser.nextToken() == null) {
        return invalid("请求内容为空", null);
      }
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        return invalid("请求内容不是有效的 JSON：结尾有多余的内容", null);
      }
    } catch (StreamConstraintsException e) {
      return invalid("请求内容中的字段名、文本或数字过长", null);
    } catch (JsonProcessingException e) {
      return invalid(
          e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
              ? "请求内容不是有效的 JSON：有重复的字段"
              : "请求内容不是有效的 JSON，请检查格式",
          null);
    } catch (IOException e) {
      return invalid("请求内容不是有效的 JSON，请检查格式", null);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return invalid("请求内容不是有效的 JSON，请检查格式", null);
    }
    JsonBodyCheck.Problem problem = JsonBodyCheck.problem(root, engine, variableName);
    return problem == null ? null : invalid(problem.message(), problem.field());
  }

  private static ClerkError invalid(String message, String field) {
    return new ClerkError(400, field == null ? "InvalidRequestException" : "InvalidInputException", message, field, null);
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
