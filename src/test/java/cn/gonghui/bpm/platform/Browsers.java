package cn.gonghui.bpm.platform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The Chromium browsers of a browser test, one per user who takes part. Registered as a static field:
 *
 * <pre>{@code @RegisterExtension static final Browsers browsers = Browsers.chinese("scholarship-");}</pre>
 *
 * the test class is skipped when Chromium is not installed; {@link #open()} starts a browser in its own profile
 * directory; when a test fails each browser's page and screenshot are kept ({@link Chromium#saveEvidence}); after
 * each test every browser is closed and the profiles deleted.
 */
public final class Browsers implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback {

  private final String language;
  private final String evidencePrefix;
  private final List<WebDriver> open = new ArrayList<>();
  private Path profiles;

  private Browsers(String language, String evidencePrefix) {
    this.language = language;
    this.evidencePrefix = evidencePrefix;
  }

  /** Browsers whose language is Chinese (zh-CN), as a clerk's; evidence files start with {@code evidencePrefix}. */
  public static Browsers chinese(String evidencePrefix) {
    return new Browsers("zh-CN", evidencePrefix);
  }

  /** A new browser, with a fresh profile (no cookies, no session). */
  public WebDriver open() {
    WebDriver driver = Chromium.start(directory(), language);
    open.add(driver);
    return driver;
  }

  /** A temporary directory of this test, deleted after it (browser profiles, files to upload). */
  public Path directory() {
    try {
      if (profiles == null) {
        profiles = Files.createTempDirectory("gonghui-chromium-");
      }
      return profiles;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a Chromium profile directory", e);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    assumeTrue(Chromium.available(), Chromium.missingMessage());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      for (int i = 0; i < open.size(); i++) {
        Chromium.saveEvidence(open.get(i), evidencePrefix + context.getRequiredTestMethod().getName() + "-" + (i + 1));
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    open.forEach(WebDriver::quit);
    open.clear();
    if (profiles != null) {
      try (Stream<Path> walk = Files.walk(profiles)) {
        walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
      }
      profiles = null;
    }
  }
}
