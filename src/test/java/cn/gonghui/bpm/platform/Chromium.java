package cn.gonghui.bpm.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' Chromium: Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}), headless, with the browser language a test asks for. Selenium Manager never
 * runs: the driver and the browser are given explicitly. Also the web apps' login and the waits.
 */
public final class Chromium {

  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Duration WAIT = Duration.ofSeconds(30);

  private Chromium() {}

  public static boolean available() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  public static String missingMessage() {
    return "Browser tests skipped: no " + BINARY + " or " + DRIVER
        + ". Install them with: apt-get install -y chromium chromium-driver";
  }

  /**
   * A new headless Chromium with its own profile under {@code profiles}, whose user interface and
   * Accept-Language are {@code language} (e.g. {@code zh-CN} or {@code en-US}).
   */
  public static WebDriver start(Path profiles, String language) {
    try {
      System.setProperty("webdriver.chrome.driver", DRIVER.toString());
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BINARY.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=" + language,
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-"));
      String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + primary));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a Chromium profile directory", e);
    }
  }

  /** Drives the web apps' own login form (session login with CSRF protection, not HTTP Basic). */
  public static void logIn(WebDriver browser, String user, String password) {
    WebElement name = waitFor(browser, By.cssSelector("form[name='signinForm'] input[type='text']"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
    secret.clear();
    secret.sendKeys(password);
    browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
  }

  public static WebDriverWait wait(WebDriver browser) {
    return new WebDriverWait(browser, WAIT);
  }

  public static WebElement waitFor(WebDriver browser, By by) {
    return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public static WebElement waitClickable(WebDriver browser, By by) {
    return wait(browser).until(ExpectedConditions.elementToBeClickable(by));
  }

  /** A screenshot and the page source under {@code target/browser-screenshots/}, for a failed test. */
  public static void saveEvidence(WebDriver browser, String name) {
    try {
      Path dir = ModelLint.projectRoot().resolve("target/browser-screenshots");
      Files.createDirectories(dir);
      String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
      Files.write(
          dir.resolve(name + "-" + stamp + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          dir.resolve(name + "-" + stamp + ".html"),
          "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      System.err.println("Could not save the browser evidence " + name + ": " + e);
    }
  }
}
