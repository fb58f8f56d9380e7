package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application's JVM options ({@code app.jvm} in pom.xml: spring-boot:run and the benchmark) are also those of
 * the container (docker/Dockerfile), so what the benchmark measured is what production runs.
 */
class JvmOptionsTest {

  @Test
  void theContainerRunsWithTheApplicationsJvmOptions() throws IOException {
    Path root = ModelLint.projectRoot();
    Matcher property = Pattern.compile("<app\\.jvm>([^<]*)</app\\.jvm>").matcher(Files.readString(root.resolve("pom.xml")));
    assertThat(property.find()).as("pom.xml defines app.jvm").isTrue();
    List<String> options = Arrays.stream(property.group(1).trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    assertThat(options).as("app.jvm").contains("-XX:+UseParallelGC");

    Matcher container =
        Pattern.compile("ENV JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(Files.readString(root.resolve("docker/Dockerfile")));
    assertThat(container.find()).as("docker/Dockerfile sets JAVA_TOOL_OPTIONS").isTrue();
    assertThat(Arrays.asList(container.group(1).split("\\s+"))).as("the container's JAVA_TOOL_OPTIONS").containsAll(options);
  }
}
