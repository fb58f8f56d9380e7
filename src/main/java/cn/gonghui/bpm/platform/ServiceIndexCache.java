package cn.gonghui.bpm.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Camunda's REST API (at /engine-rest and under the web apps' /camunda/api) finds the process engine with
 * {@code java.util.ServiceLoader} every time it makes a resource and in its authentication filter: two or three
 * times a request, and each time the context class loader looks for {@code META-INF/services/…} in every jar of
 * the application and opens the ones that have it (6 % of the CPU of a decision evaluated through REST, see
 * docs/performance.md). This filter runs those requests with a context class loader that reads each service file
 * once and answers from memory afterwards: the same providers, the same classes (it loads nothing itself and asks
 * the application's class loader for everything else).
 */
public class ServiceIndexCache implements Filter {

  private static final String SERVICES = "META-INF/services/";

  private final Map<ClassLoader, Loader> loaders = new ConcurrentHashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    if (original == null || original instanceof Loader) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(loaders.computeIfAbsent(original, Loader::new));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** Everything from the parent; service files read once and kept. */
  static final class Loader extends ClassLoader {

    static {
      registerAsParallelCapable();
    }

    private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    Loader(ClassLoader parent) {
      super("service-index-cache", parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICES)) {
        return super.getResources(name);
      }
      try {
        return Collections.enumeration(serviceFiles.computeIfAbsent(name, this::readOnce));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** All of the parent's files of that name, joined into one file held in memory (none: no file). */
    private List<URL> readOnce(String name) {
      try {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        Enumeration<URL> files = getParent().getResources(name);
        if (!files.hasMoreElements()) {
          return List.of();
        }
        while (files.hasMoreElements()) {
          URLConnection connection = files.nextElement().openConnection();
          connection.setUseCaches(false);
          try (InputStream in = connection.getInputStream()) {
            in.transferTo(joined);
          }
          joined.write('\n');
        }
        byte[] content = joined.toByteArray();
        return List.of(new URL("memory", null, -1, "/" + name, new InMemory(content)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A URL's content from memory. */
  private static final class InMemory extends URLStreamHandler {

    private final byte[] content;

    InMemory(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
          connected = true;
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }

        @Override
        public int getContentLength() {
          return content.length;
        }
      };
    }
  }
}
