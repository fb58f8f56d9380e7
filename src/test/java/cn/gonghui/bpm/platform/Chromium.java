package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * runs: the driver and the browser are given explicitly. Also the web apps' login, the waits and the filling of a
 * rendered Camunda Form from its schema under forms/ (public: every process's browser test uses them).
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

  // ---- Camunda Forms (shared by the browser tests of every process) ------------------------------------

  /**
   * Fills a rendered Camunda Form. The form's JSON (from forms/) gives each field's key, type and
   * component id; form-js renders the field's input with a DOM id ending in "-" + component id. Keys in
   * {@code values} get those values; other required fields get a plausible value for their type; fields
   * hidden by a condition (not rendered) are left alone.
   */
  public static void fillForm(WebDriver browser, JsonNode form, Map<String, Object> values) {
    for (JsonNode field : keyedFields(form.path("components"), new ArrayList<>())) {
      String key = field.path("key").asText();
      boolean required = field.path("validate").path("required").asBoolean(false);
      if (!values.containsKey(key) && !required) {
        continue;
      }
      Object value = values.containsKey(key) ? values.get(key) : defaultValue(field);
      String id = field.path("id").asText();
      By input = inputOf(field);
      if (browser.findElements(input).isEmpty()) {
        continue; // hidden by a condition
      }
      fill(browser, field, input, value);
    }
  }

  /** The element form-js renders for a field: its DOM id is "fjs-form-" + form instance + "-" + component id. */
  private static By inputOf(JsonNode field) {
    String id = field.path("id").asText();
    return By.cssSelector(
        switch (field.path("type").asText()) {
          case "radio" -> ".fjs-form input[id$='-" + id + "-0']";
          case "select" -> ".fjs-form [id$='-" + id + "-display']";
          case "datetime" -> ".fjs-form input[id$='-" + id + "-date']";
          default -> ".fjs-form input[id$='-" + id + "'], .fjs-form textarea[id$='-" + id + "']";
        });
  }

  private static void fill(WebDriver browser, JsonNode field, By input, Object value) {
    String componentId = field.path("id").asText();
    switch (field.path("type").asText()) {
      case "textfield", "textarea", "number" -> {
        WebElement element = waitClickable(browser, input);
        element.clear();
        element.sendKeys(String.valueOf(value));
      }
      case "checkbox" -> {
        WebElement element = browser.findElement(input);
        if (element.isSelected() != Boolean.TRUE.equals(value)) {
          element.click();
        }
      }
      case "radio" -> {
        int index = optionIndex(field, value);
        browser.findElement(By.cssSelector(".fjs-form input[id$='-" + componentId + "-" + index + "']")).click();
      }
      case "select" -> {
        // the list opens below the field: bring the field to the middle of the window first, so the list is not
        // under Tasklist's form footer
        WebElement select = browser.findElement(input);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        String label = field.path("values").get(optionIndex(field, value)).path("label").asText();
        waitClickable(browser, By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))
            .click();
      }
      case "datetime" -> {
        // form-js uses flatpickr; setting the date through it fires the same change as picking a day.
        // The value is an ISO date (yyyy-MM-dd), handed over as a local Date whatever the display format.
        ((JavascriptExecutor) browser)
            .executeScript(
                "var d = arguments[1].split('-');"
                    + "arguments[0]._flatpickr.setDate(new Date(+d[0], d[1] - 1, +d[2]), true);",
                browser.findElement(input),
                String.valueOf(value));
      }
      default -> throw new IllegalStateException("No way to fill a " + field.path("type").asText() + " field yet");
    }
  }


  private static Object defaultValue(JsonNode field) {
    return switch (field.path("type").asText()) {
      case "number" -> Math.max(1, field.path("validate").path("min").asInt(1));
      case "checkbox" -> true;
      case "radio", "select" -> field.path("values").path(0).path("value").asText();
      case "datetime" -> LocalDate.now().toString();
      case "textarea" -> "浏览器测试填写的说明";
      default -> "浏览器测试";
    };
  }

  private static int optionIndex(JsonNode field, Object value) {
    JsonNode options = field.path("values");
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).path("value").asText().equals(String.valueOf(value))) {
        return i;
      }
    }
    throw new IllegalArgumentException("No option " + value + " in field " + field.path("key").asText());
  }

  private static List<JsonNode> keyedFields(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        into.add(component);
      }
      if (component.has("components")) {
        keyedFields(component.path("components"), into);
      }
    }
    return into;
  }

  /** The Camunda Form with this id from the project's forms/ folder. */
  public static JsonNode form(String formId) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path forms = ModelLint.projectRoot().resolve("forms");
    assertThat(forms).as("the forms folder of the deployed processes").isDirectory();
    try (Stream<Path> files = Files.walk(forms)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        if (formId.equals(form.path("id").asText())) {
          return form;
        }
      }
    }
    throw new IllegalStateException("No form with id " + formId + " under forms/");
  }

}
