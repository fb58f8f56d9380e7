package cn.gonghui.bpm.bench;

import cn.gonghui.bpm.bench.Benchmark.Stage;
import cn.gonghui.bpm.bench.Benchmark.Stat;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The benchmark's result table (Markdown), with ratios to the first N and the targets. */
final class Report {

  /** The target of an export: no absolute time, only not growing with N. */
  static final double EXPORT = Double.POSITIVE_INFINITY;

  private Report() {}

  static String table(List<Stage> stages) {
    StringBuilder out = new StringBuilder();
    Stage first = stages.get(0);
    Stage last = stages.get(stages.size() - 1);
    out.append("| measure |");
    for (Stage stage : stages) {
      out.append(" N=").append(String.format(Locale.ROOT, "%,d", stage.cases)).append(" |");
    }
    for (Stage stage : stages.subList(1, stages.size())) {
      out.append(' ').append(shortN(stage.cases)).append('/').append(shortN(first.cases)).append(" |");
    }
    out.append(" target | at N=").append(String.format(Locale.ROOT, "%,d", last.cases)).append(" |\n|---|");
    out.append("---|".repeat(stages.size() * 2 - 1 + 2)).append('\n');

    latency(out, stages, Benchmark.CLERK_LIST, 150);
    latency(out, stages, Benchmark.CLERK_LIST_REST, 150);
    latency(out, stages, Benchmark.COUNTY_INSTANCES, 300);
    latency(out, stages, Benchmark.TOWN_INSTANCES, 300);
    latency(out, stages, Benchmark.COUNTY_HISTORY, 300);
    latency(out, stages, Benchmark.TOWN_HISTORY, 300);
    latency(out, stages, Benchmark.SCHOOL_LIST, 150);
    latency(out, stages, Benchmark.SCHOLARSHIP_CAMPAIGNS, 300);
    latency(out, stages, Benchmark.SCHOLARSHIP_APPLICATIONS, 300);
    latency(out, stages, Benchmark.SCHOOL_APPLICATIONS, 300);
    latency(out, stages, Benchmark.SCHOLARSHIP_OVERVIEW, 300);
    latency(out, stages, Benchmark.SCHOLARSHIP_XLSX, EXPORT);
    latency(out, stages, Benchmark.SCHOLARSHIP_INSTANCES, 300);
    latency(out, stages, Benchmark.TWO_VISITS_COUNTY, 300);
    latency(out, stages, Benchmark.TWO_VISITS_EDUCATION, 300);
    latency(out, stages, Benchmark.TWO_VISITS_XLSX, EXPORT);
    latency(out, stages, Benchmark.TWO_VISITS_REPORTED, 300);
    latency(out, stages, Benchmark.TWO_VISITS_INSTANCES, 300);
    latency(out, stages, Benchmark.START, 0);
    latency(out, stages, Benchmark.DMN_REST, 0);

    double startRatio = last.startsPerSecond / first.startsPerSecond;
    boolean startsOk = last.startsPerSecond >= 100 && (stages.size() == 1 || startRatio >= 0.8);
    figure(out, stages, "case starts/s via /api, 4 client threads", s -> s.startsPerSecond, "%.0f",
        "≥ 100/s, ≥ 80% of N=1k", startsOk);
    figure(out, stages, "DB KiB per open case (seeded)", s -> s.kibPerCase, "%.1f", "≤ 24", last.kibPerCase <= 24 || stages.size() == 1 && Double.isNaN(last.kibPerCase));
    figure(out, stages, "op-log rows per /api start", s -> s.opLogRowsPerStart, "%.1f", "(people's actions only)", true);
    figure(out, stages, "op-log rows of grants/tenants/groups/users", s -> s.systemOpLogRows, "%.0f", "0", last.systemOpLogRows == 0);
    figure(out, stages, "authorization rows", s -> s.authorizationRows, "%.0f", "(constant)", first.authorizationRows == last.authorizationRows);
    figure(out, stages, "DMN evaluations/s via /engine-rest, 4 threads", s -> s.dmnRestPerSecond, "%.0f", "≥ 500/s", last.dmnRestPerSecond >= 500);
    figure(out, stages, "DMN evaluations/s standalone, 1 thread", s -> s.dmnStandalonePerSecond, "%.0f", "≥ 200,000/s", last.dmnStandalonePerSecond >= 200_000);
    figure(out, stages, "start-up s (new JVM until health UP)", s -> s.coldStartupSeconds, "%.1f", "≤ 15 s", !(last.coldStartupSeconds > 15));
    figure(out, stages, "start-up s, with the class data archive (as docker/Dockerfile)", s -> s.cdsStartupSeconds, "%.1f", "≤ 15 s",
        !(last.cdsStartupSeconds > 15));
    figure(out, stages, "database MiB", s -> s.databaseMiB, "%.0f", "", true);
    figure(out, stages, "cases started through the engine for seeding", s -> s.engineSeeded, "%.0f", "", true);
    figure(out, stages, "cases copied from those (SQL)", s -> s.copied, "%.0f", "", true);
    figure(out, stages, "seeding s", s -> s.seedSeconds, "%.0f", "", true);
    figure(out, stages, "金秋助学 applications open (seeded once)", s -> s.openApplications, "%.0f", "(constant)",
        first.openApplications == last.openApplications);
    figure(out, stages, "双走访 campaigns open (seeded once)", s -> s.openTwoVisitsCampaigns, "%.0f", "(constant)",
        first.openTwoVisitsCampaigns == last.openTwoVisitsCampaigns);
    figure(out, stages, "双走访 problems open (seeded once)", s -> s.openProblems, "%.0f", "(constant)", first.openProblems == last.openProblems);
    figure(out, stages, "金秋助学 and 双走访 seeding s", s -> s.newProcessSeedSeconds, "%.0f", "", true);
    out.append("\nLatencies are p50 / p95 in ms; ratios compare p95 (throughputs: the rate). ");
    out.append("Verdicts are for the largest N of this run.\n");
    return out.toString();
  }

  private static void latency(StringBuilder out, List<Stage> stages, String call, double targetP95) {
    out.append("| ").append(call).append(" |");
    Stage first = stages.get(0);
    Stage last = stages.get(stages.size() - 1);
    for (Stage stage : stages) {
      Stat stat = stage.calls.get(call);
      out.append(stat == null ? " – |" : String.format(Locale.ROOT, " %.0f / %.0f |", stat.p50(), stat.p95()));
    }
    double worstRatio = 0;
    for (Stage stage : stages.subList(1, stages.size())) {
      double ratio = stage.calls.get(call).p95() / first.calls.get(call).p95();
      worstRatio = stage == last ? ratio : worstRatio;
      out.append(String.format(Locale.ROOT, " %.2f× |", ratio));
    }
    if (targetP95 <= 0) {
      out.append(" | |\n");
      return;
    }
    boolean ok = last.calls.get(call).p95() <= targetP95 && (stages.size() == 1 || worstRatio <= 2);
    String target = targetP95 == EXPORT ? "≤ 2× N=1k" : String.format(Locale.ROOT, "p95 ≤ %.0f, ≤ 2× N=1k", targetP95);
    out.append(String.format(Locale.ROOT, " %s | %s |%n", target, ok ? "pass" : "**FAIL**"));
  }

  private static void figure(
      StringBuilder out, List<Stage> stages, String name, ToDoubleFunction<Stage> value, String format, String target, boolean ok) {
    out.append("| ").append(name).append(" |");
    Stage first = stages.get(0);
    for (Stage stage : stages) {
      double v = value.applyAsDouble(stage);
      out.append(' ').append(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v)).append(" |");
    }
    for (Stage stage : stages.subList(1, stages.size())) {
      double a = value.applyAsDouble(first);
      double b = value.applyAsDouble(stage);
      out.append(a > 0 && !Double.isNaN(b) ? String.format(Locale.ROOT, " %.2f× |", b / a) : " |");
    }
    out.append(' ').append(target).append(" | ").append(target.isEmpty() || target.startsWith("(") && ok ? "" : ok ? "pass" : "**FAIL**");
    if (target.startsWith("(") && !ok) {
      out.append("**FAIL**");
    }
    out.append(" |\n");
  }

  private static String shortN(int n) {
    return n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
  }
}
