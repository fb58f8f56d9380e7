package cn.gonghui.bpm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at N=1,000 in every build, so the harness never rots. It prints the table and checks only
 * that every part ran; it never fails on time (the numbers of a shared CI machine prove nothing).
 * Runs in its own JVM (surefire execution {@code bench-smoke}): the application it starts must not share the
 * JVM with the integration tests' cached application.
 */
class BenchmarkSmokeTest {

  @Test
  void theBenchmarkRunsAtOneThousandCasesAndPrintsItsTable() throws Exception {
    List<Benchmark.Stage> stages =
        new Benchmark(Benchmark.Settings.smoke(), Path.of(System.getProperty("bench.dir", "target/bench-smoke")).toAbsolutePath()).run(List.of(1_000));
    System.out.println(Report.table(stages));
    Benchmark.Stage stage = stages.get(0);
    assertThat(stage.calls).containsKeys(Benchmark.CLERK_LIST, Benchmark.COUNTY_INSTANCES, Benchmark.TOWN_HISTORY);
    assertThat(stage.calls).containsKeys(
        Benchmark.SCHOOL_LIST, Benchmark.SCHOLARSHIP_CAMPAIGNS, Benchmark.SCHOLARSHIP_APPLICATIONS, Benchmark.SCHOOL_APPLICATIONS,
        Benchmark.SCHOLARSHIP_OVERVIEW, Benchmark.SCHOLARSHIP_XLSX, Benchmark.SCHOLARSHIP_INSTANCES, Benchmark.TWO_VISITS_COUNTY,
        Benchmark.TWO_VISITS_EDUCATION, Benchmark.TWO_VISITS_XLSX, Benchmark.TWO_VISITS_REPORTED, Benchmark.TWO_VISITS_INSTANCES);
    Benchmark.Settings smoke = Benchmark.Settings.smoke();
    assertThat(stage.openApplications).isEqualTo(smoke.scholarshipApplications());
    assertThat(stage.openTwoVisitsCampaigns).isEqualTo(smoke.schools());
    assertThat(stage.openProblems).isPositive();
    assertThat(stage.newProcessSeedSeconds).isPositive();
    assertThat(stage.startsPerSecond).isPositive();
    assertThat(stage.dmnRestPerSecond).isPositive();
    assertThat(stage.dmnStandalonePerSecond).isPositive();
    assertThat(stage.coldStartupSeconds).isPositive();
    assertThat(stage.cdsStartupSeconds).isPositive();
  }
}
