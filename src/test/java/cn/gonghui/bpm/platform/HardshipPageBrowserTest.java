package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.testkit.TestIdentities;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The hardship register's page for clerks (/gonghui/hardship.html) in headless Chromium, on the clerk's
 * Tasklist session: a school's clerk creates a household's file, finds it in the masked list and opens it.
 */
class HardshipPageBrowserTest extends PostgresIntegrationTest {

  private WebDriver browser;
  private Path profiles;

  @BeforeAll
  static void requireChromium() {
    assumeTrue(Chromium.available(), Chromium.missingMessage());
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profiles != null) {
      try (Stream<Path> walk = Files.walk(profiles)) {
        walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void aSchoolsClerkCreatesAFileFindsItMaskedInTheListAndOpensIt() throws IOException {
    String idNumber = TestIdentities.idNumber(200 + (int) (System.nanoTime() % 90), true);
    profiles = Files.createTempDirectory("gonghui-hardship-");
    browser = Chromium.start(profiles, "zh-CN");
    try {
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      Chromium.logIn(browser, "batou-clerk", DEMO_PASSWORD);
      browser.get("http://localhost:" + port + "/gonghui/hardship.html");
      Chromium.waitFor(browser, By.id("listing"));
      type("workerName", "周桂兰");
      type("workerIdNumber", idNumber);
      type("workplace", "坝头中学");
      type("householdAddress", "坝头镇西街3号");
      type("householdSize", "3");
      type("monthlyIncome", "1800");
      type("hardshipCause", "丈夫因病丧失劳动能力");
      type("householdMembers", "王国强,丈夫,50,无业,脑梗后遗症\n王小芳,女儿,17,在读高二,健康");
      browser.findElement(By.id("save")).click();

      assertThat(Chromium.waitFor(browser, By.cssSelector("#saved.ok")).getText()).contains("已保存：周桂兰，困难类别：深度困难");
      String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
      Chromium.wait(browser).until(driver -> driver.findElement(By.id("rows")).getText().contains(masked));
      assertThat(browser.findElement(By.id("rows")).getText()).doesNotContain(idNumber);
      String file = Chromium.waitFor(browser, By.id("details")).getText();
      assertThat(file).contains(idNumber, "600.00 元", "深度困难");
      assertThat(browser.findElement(By.id("members")).getText()).contains("王小芳", "在读高二");
    } catch (RuntimeException | AssertionError e) {
      Chromium.saveEvidence(browser, "hardship-page");
      throw e;
    }
  }

  private void type(String id, String text) {
    var element = browser.findElement(By.id(id));
    element.clear();
    element.sendKeys(text);
  }
}
