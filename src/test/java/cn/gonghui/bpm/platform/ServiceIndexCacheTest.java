package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link ServiceIndexCache}: a {@link ServiceLoader} run with its class loader finds the same providers as with
 * the application's, and reads the service files of the class path once.
 */
class ServiceIndexCacheTest {

  /** A service interface with two providers, each declared in its own jar directory. */
  public interface Greeting {
    String text();
  }

  public static class Hello implements Greeting {
    @Override
    public String text() {
      return "hello";
    }
  }

  public static class NiHao implements Greeting {
    @Override
    public String text() {
      return "你好";
    }
  }

  @TempDir Path classPath;

  @Test
  void findsTheSameProvidersAndReadsTheServiceFilesOnce() throws Exception {
    CountingLoader application = applicationWithTwoServiceFiles();
    ServiceIndexCache.Loader cached = new ServiceIndexCache.Loader(application);

    assertThat(texts(ServiceLoader.load(Greeting.class, cached))).containsExactly("hello", "你好");
    assertThat(texts(ServiceLoader.load(Greeting.class, cached))).containsExactly("hello", "你好");
    assertThat(texts(ServiceLoader.load(Greeting.class, application))).containsExactly("hello", "你好");
    assertThat(application.serviceLookups.get()).as("the application's class loader asked: once by the cache, once directly").isEqualTo(2);

    // the same classes, not copies of them
    Greeting found = ServiceLoader.load(Greeting.class, cached).iterator().next();
    assertThat(found.getClass()).isSameAs(Hello.class);
    // a service nobody provides: nothing, and still asked only once
    assertThat(ServiceLoader.load(Runnable.class, cached).iterator().hasNext()).isFalse();
    assertThat(ServiceLoader.load(Runnable.class, cached).iterator().hasNext()).isFalse();
    assertThat(application.serviceLookups.get()).isEqualTo(3);
  }

  @Test
  void everyOtherResourceComesFromTheApplication() throws Exception {
    CountingLoader application = applicationWithTwoServiceFiles();
    ServiceIndexCache.Loader cached = new ServiceIndexCache.Loader(application);

    assertThat(Collections.list(cached.getResources("gonghui-service-index-test.txt"))).hasSize(2);
    try (InputStream in = cached.getResourceAsStream("gonghui-service-index-test.txt")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
    }
    assertThat(cached.loadClass(Hello.class.getName())).isSameAs(Hello.class);
  }

  @Test
  void theRequestRunsWithTheCacheAndTheThreadGetsItsLoaderBack() throws Exception {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    List<ClassLoader> during = new ArrayList<>();
    MockFilterChain chain =
        new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            during.add(Thread.currentThread().getContextClassLoader());
          }
        };
    ServiceIndexCache filter = new ServiceIndexCache();
    filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);

    assertThat(during.get(0)).isInstanceOf(ServiceIndexCache.Loader.class).isSameAs(during.get(1));
    assertThat(during.get(0).getParent()).isSameAs(before);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  private CountingLoader applicationWithTwoServiceFiles() throws IOException {
    Path first = classPath.resolve("first");
    Path second = classPath.resolve("second");
    String services = "META-INF/services/" + Greeting.class.getName();
    write(first.resolve(services), "# the first jar\n" + Hello.class.getName());
    write(second.resolve(services), NiHao.class.getName());
    write(first.resolve("gonghui-service-index-test.txt"), "first");
    write(second.resolve("gonghui-service-index-test.txt"), "second");
    return new CountingLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, getClass().getClassLoader());
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static List<String> texts(ServiceLoader<Greeting> loader) {
    List<String> texts = new ArrayList<>();
    loader.forEach(greeting -> texts.add(greeting.text()));
    return texts;
  }

  /** The application's class loader, counting how often it is asked for service files. */
  static final class CountingLoader extends URLClassLoader {
    final AtomicInteger serviceLookups = new AtomicInteger();

    CountingLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/" + Greeting.class.getName()) || name.equals("META-INF/services/java.lang.Runnable")) {
        serviceLookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}
