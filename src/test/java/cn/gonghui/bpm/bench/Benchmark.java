package cn.gonghui.bpm.bench;

import cn.gonghui.bpm.GonghuiApplication;
import cn.gonghui.bpm.founding.FoundingProcess;
import cn.gonghui.bpm.platform.TaskFilters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import cn.gonghui.bpm.platform.CachingDmnEngine;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province-scale benchmark (docs/performance.md): an embedded PostgreSQL, the real application on it
 * (profile {@code postgres}), a county of 1,000 communities, N open founding cases seeded through the engine,
 * then the calls that clerks and managers make, measured over HTTP as those users, for each N.
 *
 * <p>Run it with {@code bench/run.sh [N …]}; {@link BenchmarkSmokeTest} runs N=1,000 in every build.
 */
public final class Benchmark {

  /** How much to measure per stage. */
  public record Settings(
      int warmup, int samples, int starts, int dmnRestCalls, double dmnSeconds, boolean coldStartup, int engineCases,
      int schools, int scholarshipApplications, int activeSchools, int newProcessWarmup, int newProcessSamples,
      double throughputWarmupSeconds) {

    /**
     * The full run: 200 samples per list, 1,000 starts, 4,000 decision evaluations per stage; 2,000 cases
     * (two per community) seeded through the engine, the rest copied from them. Once, before the first stage: 200
     * schools, 1,000 金秋助学 applications, 40 schools' 双走访 campaigns moved on to their visits and problems.
     */
    public static Settings full() {
      return new Settings(30, 200, 1000, 4000, 5, true, 2000, BenchOrgTree.SCHOOLS, 1000, 40, 30, 200, 30);
    }

    /**
     * The build's small run: enough to exercise every part of the harness, copying included; 50 schools, 100
     * 金秋助学 applications, 10 schools' 双走访 moved on, 10 samples of each of their lists.
     */
    public static Settings smoke() {
      return new Settings(5, 30, 100, 200, 1, true, 500, 50, 100, 10, 2, 10, 2);
    }
  }

  /** Percentiles of one call, in milliseconds. */
  public record Stat(double p50, double p95, int samples) {
    static Stat of(List<Double> millis) {
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Stat(percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length);
    }

    static double percentile(double[] sorted, double p) {
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }

  /** What one stage (one N) measured. */
  public static final class Stage {
    public final int cases;
    public final Map<String, Stat> calls = new LinkedHashMap<>();
    public double seedSeconds;
    public long engineSeeded;
    public long copied;
    public double startsPerSecond;
    public double dmnRestPerSecond;
    public double dmnStandalonePerSecond;
    public double kibPerCase;
    public double databaseMiB;
    public double opLogRowsPerStart;
    public long systemOpLogRows;
    public long authorizationRows;
    public double coldStartupSeconds = Double.NaN;
    public double cdsStartupSeconds = Double.NaN;
    public double warmStartupSeconds = Double.NaN;
    /** Seconds spent seeding 金秋助学 and 双走访 (first stage only: they are seeded once). */
    public double newProcessSeedSeconds = Double.NaN;
    public long openApplications;
    public long openTwoVisitsCampaigns;
    public long openProblems;

    Stage(int cases) {
      this.cases = cases;
    }
  }

  static final String CLERK_LIST = "clerk: 本单位待办 in Tasklist (session, HAL)";
  static final String CLERK_LIST_REST = "clerk: 本单位待办 via /engine-rest (Basic, HAL)";
  static final String COUNTY_INSTANCES = "county manager: instance list";
  static final String TOWN_INSTANCES = "town manager: instance list";
  static final String COUNTY_HISTORY = "county manager: history list";
  static final String TOWN_HISTORY = "town manager: history list";
  static final String START = "case start via /api (4 threads), latency";
  static final String DMN_REST = "DMN evaluate via /engine-rest (4 threads), latency";
  static final String SCHOOL_LIST = "school clerk: 本单位待办 in Tasklist (金秋助学/双走访, session, HAL)";
  static final String SCHOLARSHIP_CAMPAIGNS = "county manager: 金秋助学 campaigns (/api)";
  static final String SCHOLARSHIP_APPLICATIONS = "county manager: 金秋助学 applications of the campaign (/api)";
  static final String SCHOOL_APPLICATIONS = "school clerk: 金秋助学 own applications (/api)";
  static final String SCHOLARSHIP_OVERVIEW = "county manager: 金秋助学 overview (/api)";
  static final String SCHOLARSHIP_XLSX = "county manager: 金秋助学 overview.xlsx";
  static final String SCHOLARSHIP_INSTANCES = "county manager: instance list, scholarship-application";
  static final String TWO_VISITS_COUNTY = "county manager: 双走访 overview (/api)";
  static final String TWO_VISITS_EDUCATION = "education union manager: 双走访 overview (/api)";
  static final String TWO_VISITS_XLSX = "education union manager: 双走访 overview.xlsx";
  static final String TWO_VISITS_REPORTED = "education union clerk: 双走访 reported problems (/api)";
  static final String TWO_VISITS_INSTANCES = "education union manager: instance list, two-visits-campaign";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Settings settings;
  private final Path workDir;
  private final BenchOrgTree org;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicLong apiCaseNumber = new AtomicLong();
  private final Map<String, WebSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();
  private BenchDatabase db;
  private ConfigurableApplicationContext app;
  private Path orgFile;
  private int port;
  private String filterId;
  private long seeded;
  private long copies;
  private ScholarshipSeeder.Result scholarship;
  private TwoVisitsSeeder.Result twoVisits;
  private double newProcessSeedSeconds;

  public Benchmark(Settings settings, Path workDir) {
    this.settings = settings;
    this.workDir = workDir;
    this.org = new BenchOrgTree(settings.schools());
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      for (String part : arg.split("[,\\s]+")) {
        if (!part.isBlank()) {
          sizes.add(Integer.parseInt(part.replace("_", "")));
        }
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    List<Stage> stages = new Benchmark(Settings.full(), Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath()).run(sizes);
    System.out.println(Report.table(stages));
  }

  /** Runs every stage, growing the same database from one N to the next. */
  public List<Stage> run(List<Integer> sizes) throws Exception {
    Files.createDirectories(workDir);
    // made again from this build's classes in every run
    Files.deleteIfExists(workDir.resolve("app-classes.jar"));
    Files.deleteIfExists(workDir.resolve("app.jsa"));
    List<Stage> stages = new ArrayList<>();
    try (BenchDatabase database = new BenchDatabase(workDir.resolve("pg"), Boolean.getBoolean("bench.keepDatabase"))) {
      db = database;
      try {
        runStages(sizes, stages);
      } finally {
        stopApp();
      }
    }
    return stages;
  }

  private void runStages(List<Integer> sizes, List<Stage> stages) throws Exception {
    orgFile = org.writeDataFile(workDir.resolve("org-units.json").toAbsolutePath());
    long t0 = System.nanoTime();
    startApp();
    log("application started on an empty database in %.1f s", seconds(t0));
    t0 = System.nanoTime();
    org.createUsers(engine().getIdentityService(), app.getBean(TransactionTemplate.class));
    log("%d users created in %.1f s", org.userCount(), seconds(t0));
    filterId = unitTasksFilterId();
    seedNewProcesses();
    for (int i = 0; i < sizes.size(); i++) {
      Stage stage = stage(sizes.get(i), i == sizes.size() - 1);
      if (i == 0) {
        stage.newProcessSeedSeconds = newProcessSeedSeconds;
      }
      stages.add(stage);
      Files.writeString(workDir.resolve("report.md"), Report.table(stages));
    }
  }

  private Stage stage(int n, boolean last) throws Exception {
    Stage stage = new Stage(n);
    long open = openCases();
    long sizeBefore = db.queryLong("select pg_database_size(current_database())");
    long t0 = System.nanoTime();
    if (open < n) {
      long toSeed = n - open;
      db.execute("select pg_stat_statements_reset()");
      long byEngine = Math.max(0, Math.min(toSeed, settings.engineCases() - seeded));
      if (byEngine > 0) {
        new CaseSeeder(engine().getRuntimeService(), app.getBean(TransactionTemplate.class), org.communities)
            .seed(seeded, seeded + byEngine, 3);
        seeded += byEngine;
        stage.engineSeeded = byEngine;
        log("N=%,d: %,d cases started through the engine in %.1f s (%.0f/s)", n, byEngine, seconds(t0), byEngine / seconds(t0));
      }
      long toCopy = toSeed - byEngine;
      if (toCopy > 0) {
        long c0 = System.nanoTime();
        List<String> templates = templates();
        new CaseCloner(db).copy(templates, toCopy, copies + 1, number -> CaseSeeder.creditCode("94", number));
        copies += toCopy;
        stage.copied = toCopy;
        log("N=%,d: %,d cases copied from %,d engine-started ones in %.1f s", n, toCopy, templates.size(), seconds(c0));
      }
      stage.seedSeconds = seconds(t0);
      db.execute("vacuum analyze");
      stage.kibPerCase = (db.queryLong("select pg_database_size(current_database())") - sizeBefore) / 1024.0 / toSeed;
      Files.writeString(workDir.resolve("seeding-statements-" + n + ".txt"), db.topStatements(30));
      check(openCases() >= n, "seeding left " + openCases() + " open cases, wanted " + n);
    }
    db.execute("select pg_stat_statements_reset()");
    t0 = System.nanoTime();

    // Lists, one user at a time, as clerks and managers open them.
    List<String> withTasks = communitiesWithTasks();
    for (int i = 0; i < settings.warmup() + settings.samples(); i++) {
      // the clerks log in to Tasklist first, as in the morning; the list is what they then load all day
      String clerk = BenchOrgTree.clerk(withTasks.get((i * 7919) % withTasks.size()));
      sessions.computeIfAbsent(clerk, this::login);
    }
    stage.calls.put(CLERK_LIST, measure(i -> clerkListInTasklist(withTasks.get((i * 7919) % withTasks.size()))));
    stage.calls.put(CLERK_LIST_REST, measure(i -> clerkList(withTasks.get((i * 7919) % withTasks.size()))));
    stage.calls.put(COUNTY_INSTANCES, measure(i -> instanceList(BenchOrgTree.COUNTY)));
    stage.calls.put(TOWN_INSTANCES, measure(i -> instanceList(org.towns.get((i * 13) % org.towns.size()))));
    stage.calls.put(COUNTY_HISTORY, measure(i -> historyList(BenchOrgTree.COUNTY)));
    stage.calls.put(TOWN_HISTORY, measure(i -> historyList(org.towns.get((i * 13) % org.towns.size()))));
    log("N=%,d: lists measured in %.1f s", n, seconds(t0));
    t0 = System.nanoTime();
    measureNewProcesses(stage);
    log("N=%,d: 金秋助学 and 双走访 lists measured in %.1f s", n, seconds(t0));
    t0 = System.nanoTime();

    // Case starts by clerks through /api, 4 client threads.
    long opLogBefore = db.queryLong("select count(*) from ACT_HI_OP_LOG");
    apiCaseNumber.set(1_000_000L * (n / 1000 + 1) + 1);
    warmUp("starts", 4, warmupSeconds(), i -> apiStart());
    long opLogAfterWarmup = db.queryLong("select count(*) from ACT_HI_OP_LOG");
    Throughput starts = parallel(4, settings.starts(), i -> apiStart());
    stage.startsPerSecond = starts.perSecond;
    stage.calls.put(START, starts.latency);
    stage.opLogRowsPerStart =
        (db.queryLong("select count(*) from ACT_HI_OP_LOG") - opLogAfterWarmup) / (double) settings.starts();
    stage.systemOpLogRows =
        db.queryLong("select count(*) from ACT_HI_OP_LOG where ENTITY_TYPE_ in"
            + " ('Authorization', 'Tenant', 'TenantMembership', 'Group', 'GroupMembership', 'User')");
    stage.authorizationRows = db.queryLong("select count(*) from ACT_RU_AUTHORIZATION");
    log("N=%,d: starts measured in %.1f s (%d op-log rows before)", n, seconds(t0), opLogBefore);
    t0 = System.nanoTime();

    // Decisions: through REST as an analyst, 4 threads; and the plain DMN engine, one thread.
    warmUp("DMN via REST", 4, warmupSeconds(), this::dmnRest);
    Throughput dmn = parallel(4, settings.dmnRestCalls(), this::dmnRest);
    stage.dmnRestPerSecond = dmn.perSecond;
    stage.calls.put(DMN_REST, dmn.latency);
    stage.dmnStandalonePerSecond = dmnStandalone(settings.dmnSeconds());

    log("N=%,d: decisions measured in %.1f s", n, seconds(t0));
    // what a full collection of this JVM (application and harness) stops it for, with this collector
    long gcStart = System.nanoTime();
    System.gc();
    Runtime heap = Runtime.getRuntime();
    log("N=%,d: a full garbage collection (%s) took %.0f ms; %,d MiB of heap in use after it", n,
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")),
        (System.nanoTime() - gcStart) / 1e6, (heap.totalMemory() - heap.freeMemory()) / (1024 * 1024));
    stage.databaseMiB = db.queryLong("select pg_database_size(current_database())") / 1024.0 / 1024.0;
    Files.writeString(workDir.resolve("statements-" + n + ".txt"), db.topStatements(25));
    Files.writeString(workDir.resolve("tables-" + n + ".txt"), db.largestTables(25));

    // Start-up with the N cases in the database: a new JVM, as an operator restarts the service.
    if (settings.coldStartup()) {
      stopApp();
      stage.coldStartupSeconds = coldStartup(n, false);
      log("N=%,d: start-up in a new JVM %.1f s", n, stage.coldStartupSeconds);
      stage.cdsStartupSeconds = coldStartup(n, true);
      log("N=%,d: start-up in a new JVM with the class data archive %.1f s", n, stage.cdsStartupSeconds);
      if (!last) {
        t0 = System.nanoTime();
        startApp();
        stage.warmStartupSeconds = seconds(t0);
      }
    }
    log("N=%,d done", n);
    return stage;
  }

  // ---------------------------------------------------------------------------------------------- 金秋助学 and 双走访

  /**
   * Once, before the first stage: this year's 金秋助学 campaign of the county with its applications, and this school
   * year's 双走访 campaigns of every school (some moved on to their visits and problems), through the engine as the
   * users. They do not grow with N: the founding cases grow around them.
   */
  private void seedNewProcesses() throws Exception {
    long t0 = System.nanoTime();
    TransactionTemplate tx = app.getBean(TransactionTemplate.class);
    scholarship = new ScholarshipSeeder(engine(), tx, org).seed(settings.scholarshipApplications(), 2, this::awaitJobsUnchecked);
    log("金秋助学: the %d campaign and %,d applications (%d schools, the aid centre %d) in %.1f s", scholarship.year(),
        scholarship.applications(), scholarship.bySchool().size(), scholarship.byAidCentre(), seconds(t0));
    long t1 = System.nanoTime();
    TwoVisitsSeeder twoVisitsSeeder = new TwoVisitsSeeder(engine(), app);
    Map<String, String> campaigns = twoVisitsSeeder.launch();
    awaitJobs(); // the phases whose time has passed are flagged late by the job executor
    log("双走访: %d campaigns launched by %s in %.1f s", campaigns.size(), BenchOrgTree.clerk(BenchOrgTree.EDUCATION_UNION), seconds(t1));
    long t2 = System.nanoTime();
    twoVisits = twoVisitsSeeder.work(campaigns, org.schools, settings.activeSchools(), 2);
    awaitJobs();
    log("双走访: %d schools at their visits, %d problems raised, %d reported to %s in %.1f s", twoVisits.activeSchools().size(),
        twoVisits.problems(), twoVisits.reported(), BenchOrgTree.EDUCATION_UNION, seconds(t2));
    newProcessSeedSeconds = seconds(t0);
    db.execute("vacuum analyze");
    check(openCases(cn.gonghui.bpm.scholarship.ApplicationProcess.PROCESS_KEY) == settings.scholarshipApplications(),
        "金秋助学 applications open: " + openCases(cn.gonghui.bpm.scholarship.ApplicationProcess.PROCESS_KEY));
    check(openCases(cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY) == org.schools.size(),
        "双走访 campaigns open: " + openCases(cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY));
  }

  private void awaitJobsUnchecked() {
    try {
      awaitJobs();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the job executor has run every due job; fails on a job that failed. */
  private void awaitJobs() throws InterruptedException {
    var management = engine().getManagementService();
    long t0 = System.nanoTime();
    int quiet = 0;
    while (quiet < 2) {
      check(seconds(t0) < 300, "the job executor did not run the due jobs within 300 s");
      quiet = management.createJobQuery().executable().count() == 0 ? quiet + 1 : 0;
      Thread.sleep(200);
    }
    var failed = management.createJobQuery().withException().list();
    check(failed.isEmpty(), failed.size() + " jobs failed, the first: " + (failed.isEmpty() ? "" : failed.get(0).getExceptionMessage()));
  }

  private void measureNewProcesses(Stage stage) throws Exception {
    stage.openApplications = openCases(cn.gonghui.bpm.scholarship.ApplicationProcess.PROCESS_KEY);
    stage.openTwoVisitsCampaigns = openCases(cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY);
    stage.openProblems = openCases(cn.gonghui.bpm.twovisits.IssueProcess.PROCESS_KEY);
    refusals();
    List<String> schools = org.schools;
    for (int i = 0; i < settings.newProcessWarmup() + settings.newProcessSamples(); i++) {
      sessions.computeIfAbsent(BenchOrgTree.clerk(schools.get((i * 7919) % schools.size())), this::login);
    }
    List<String> registering = new ArrayList<>(scholarship.bySchool().keySet());
    stage.calls.put(SCHOOL_LIST, measureNew(i -> schoolListInTasklist(schools.get((i * 7919) % schools.size()))));
    stage.calls.put(SCHOLARSHIP_CAMPAIGNS, measureNew(i -> scholarshipCampaigns()));
    stage.calls.put(SCHOLARSHIP_APPLICATIONS, measureNew(i -> scholarshipApplications()));
    stage.calls.put(SCHOOL_APPLICATIONS, measureNew(i -> schoolApplications(registering.get((i * 31) % registering.size()))));
    stage.calls.put(SCHOLARSHIP_OVERVIEW, measureNew(i -> scholarshipOverview()));
    stage.calls.put(SCHOLARSHIP_XLSX, measureNew(i -> xlsx(BenchOrgTree.manager(BenchOrgTree.COUNTY),
        "/api/scholarship-campaigns/" + scholarship.campaignId() + "/overview.xlsx")));
    stage.calls.put(SCHOLARSHIP_INSTANCES, measureNew(i -> instanceList(BenchOrgTree.COUNTY, cn.gonghui.bpm.scholarship.ApplicationProcess.PROCESS_KEY)));
    stage.calls.put(TWO_VISITS_COUNTY, measureNew(i -> twoVisitsOverview(BenchOrgTree.COUNTY)));
    stage.calls.put(TWO_VISITS_EDUCATION, measureNew(i -> twoVisitsOverview(BenchOrgTree.EDUCATION_UNION)));
    stage.calls.put(TWO_VISITS_XLSX, measureNew(i -> xlsx(BenchOrgTree.manager(BenchOrgTree.EDUCATION_UNION),
        "/api/two-visits/overview.xlsx?unit=" + BenchOrgTree.EDUCATION_UNION)));
    stage.calls.put(TWO_VISITS_REPORTED, measureNew(i -> reportedProblems()));
    stage.calls.put(TWO_VISITS_INSTANCES,
        measureNew(i -> instanceList(BenchOrgTree.EDUCATION_UNION, cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY)));
  }

  /** A school clerk's 本单位待办 as Tasklist loads it: only the school's tasks, of 金秋助学 and 双走访. */
  private void schoolListInTasklist(String school) throws Exception {
    JsonNode tasks = tasklistTasks(school);
    check(tasks.size() > 0, "the clerk of " + school + " sees no task in Tasklist");
    for (JsonNode task : tasks) {
      check(school.equals(task.path("tenantId").asText()), "Tasklist shows the clerk of " + school + " a task of " + task.path("tenantId"));
      String definition = task.path("processDefinitionId").asText();
      check(definition.startsWith("scholarship-application:") || definition.startsWith("two-visits-"),
          "Tasklist shows the clerk of " + school + " a task of " + definition);
    }
  }

  private void scholarshipCampaigns() throws Exception {
    JsonNode list = send(BenchOrgTree.manager(BenchOrgTree.COUNTY), "GET", "/api/scholarship-campaigns?county=" + BenchOrgTree.COUNTY,
        null, "application/json", 200);
    boolean seen = false;
    for (JsonNode campaign : list) {
      check(BenchOrgTree.COUNTY.equals(campaign.path("countyCode").asText()), "the county's campaign list shows " + campaign.path("countyCode"));
      seen |= campaign.path("id").asLong() == scholarship.campaignId();
    }
    check(seen, "the county's campaign list lacks campaign " + scholarship.campaignId());
  }

  private void scholarshipApplications() throws Exception {
    JsonNode list = send(BenchOrgTree.manager(BenchOrgTree.COUNTY), "GET",
        "/api/scholarship-campaigns/" + scholarship.campaignId() + "/applications", null, "application/json", 200);
    check(list.size() == scholarship.applications(), "the county manager sees " + list.size() + " applications, not " + scholarship.applications());
    for (JsonNode row : list) {
      String unit = row.path("registeredUnit").asText();
      check(unit.equals(BenchOrgTree.AID_CENTRE) || unit.startsWith(BenchOrgTree.EDUCATION_UNION + "-"), "an application of " + unit);
    }
  }

  /** A school's clerk sees the applications the school registered, and no other. */
  private void schoolApplications(String school) throws Exception {
    JsonNode list = send(BenchOrgTree.clerk(school), "GET", "/api/scholarship-campaigns/" + scholarship.campaignId() + "/applications",
        null, "application/json", 200);
    int expected = scholarship.bySchool().get(school);
    check(list.size() == expected, "the clerk of " + school + " sees " + list.size() + " applications, not " + expected);
    for (JsonNode row : list) {
      check(school.equals(row.path("registeredUnit").asText()), "the clerk of " + school + " sees an application of " + row.path("registeredUnit"));
    }
  }

  private void scholarshipOverview() throws Exception {
    JsonNode overview = send(BenchOrgTree.manager(BenchOrgTree.COUNTY), "GET",
        "/api/scholarship-campaigns/" + scholarship.campaignId() + "/overview", null, "application/json", 200);
    check(overview.path("applications").asInt() == scholarship.applications(), "the overview counts " + overview.path("applications") + " applications");
    check(BenchOrgTree.COUNTY.equals(overview.path("campaign").path("countyCode").asText()), "the overview is of " + overview.path("campaign").path("countyCode"));
  }

  /** The 双走访 overview of a unit as its manager: a line for every school at or below it (all of them have a campaign). */
  private void twoVisitsOverview(String unit) throws Exception {
    JsonNode overview = send(BenchOrgTree.manager(unit), "GET", "/api/two-visits/overview?unit=" + unit, null, "application/json", 200);
    JsonNode rows = overview.path("rows");
    check(rows.size() == org.schools.size(), "the manager of " + unit + " sees " + rows.size() + " unions, not " + org.schools.size());
    for (JsonNode row : rows) {
      check(atOrBelow(row.path("unitCode").asText(), unit), "the manager of " + unit + " sees " + row.path("unitCode"));
      check(row.hasNonNull("caseId"), row.path("unitCode") + " has no campaign in the overview");
    }
  }

  private void reportedProblems() throws Exception {
    String unit = BenchOrgTree.EDUCATION_UNION;
    JsonNode list = send(BenchOrgTree.clerk(unit), "GET", "/api/two-visits/reported?unit=" + unit, null, "application/json", 200);
    check(list.size() == twoVisits.reported(), "the clerk of " + unit + " sees " + list.size() + " reported problems, not " + twoVisits.reported());
    for (JsonNode problem : list) {
      check(unit.equals(problem.path("reportedToUnit").asText()), "a problem reported to " + problem.path("reportedToUnit"));
      check(atOrBelow(problem.path("unitCode").asText(), unit), "a reported problem of " + problem.path("unitCode"));
    }
  }

  private void instanceList(String unit, String processKey) throws Exception {
    JsonNode list =
        send(BenchOrgTree.manager(unit), "GET", "/engine-rest/process-instance?processDefinitionKey=" + processKey + "&maxResults=50", null,
            "application/json", 200);
    checkScope(list, unit);
    for (JsonNode instance : list) {
      check(instance.path("definitionId").asText().startsWith(processKey + ":"), "the instance list shows " + instance.path("definitionId"));
    }
  }

  /** An .xlsx download: 200 and a zip file. */
  private void xlsx(String user, String path) throws Exception {
    HttpResponse<byte[]> response = http.send(basic(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    check(response.statusCode() == 200, "GET " + path + " as " + user + ": " + response.statusCode());
    byte[] body = response.body();
    check(body.length > 1000 && body[0] == 'P' && body[1] == 'K', "GET " + path + " as " + user + " is not an .xlsx file");
  }

  /** What must be refused, once per stage: other units' figures and lists. */
  private void refusals() throws Exception {
    String school = org.schools.get(0);
    String other = org.schools.get(1);
    refused(BenchOrgTree.clerk(school), "/api/scholarship-campaigns/" + scholarship.campaignId() + "/overview");
    refused(BenchOrgTree.clerk(school), "/api/scholarship-campaigns?county=" + BenchOrgTree.COUNTY);
    refused(BenchOrgTree.manager(org.towns.get(0)), "/api/scholarship-campaigns?county=" + BenchOrgTree.COUNTY);
    refused(BenchOrgTree.clerk(school), "/api/two-visits/overview?unit=" + other);
    refused(BenchOrgTree.clerk(school), "/api/two-visits/reported?unit=" + BenchOrgTree.EDUCATION_UNION);
    refused(BenchOrgTree.manager(org.towns.get(0)), "/api/two-visits/overview?unit=" + BenchOrgTree.EDUCATION_UNION);
    // a school's clerk: only the school's own line, and only its own cases in the engine's lists
    JsonNode own = send(BenchOrgTree.clerk(school), "GET", "/api/two-visits/overview?unit=" + school, null, "application/json", 200);
    check(own.path("rows").size() == 1 && school.equals(own.path("rows").get(0).path("unitCode").asText()),
        "the clerk of " + school + " sees the overview lines " + own.path("rows"));
    for (String key : List.of(cn.gonghui.bpm.twovisits.CampaignProcess.PROCESS_KEY, cn.gonghui.bpm.scholarship.ApplicationProcess.PROCESS_KEY)) {
      JsonNode list = send(BenchOrgTree.clerk(school), "GET", "/engine-rest/process-instance?processDefinitionKey=" + key + "&maxResults=500",
          null, "application/json", 200);
      for (JsonNode instance : list) {
        check(school.equals(instance.path("tenantId").asText()), "the clerk of " + school + " sees a case of " + instance.path("tenantId"));
      }
    }
  }

  private void refused(String user, String path) throws Exception {
    HttpResponse<String> response = http.send(basic(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    check(response.statusCode() == 403, "GET " + path + " as " + user + " answered " + response.statusCode() + ", not 403");
  }

  private HttpRequest.Builder basic(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", basicAuthorization(user));
  }

  /** The HTTP Basic header of a benchmark user. */
  private static String basicAuthorization(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + BenchOrgTree.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------- calls

  private void clerkList(String community) throws Exception {
    String body =
        "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    JsonNode answer =
        send(BenchOrgTree.clerk(community), "POST", "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
            body, "application/hal+json, application/json; q=0.5", 200);
    JsonNode tasks = answer.path("_embedded").path("task");
    check(tasks.size() > 0, "the clerk of " + community + " sees no task in 本单位待办");
    for (JsonNode task : tasks) {
      check(community.equals(task.path("tenantId").asText()), "the clerk of " + community + " sees a task of " + task.path("tenantId"));
    }
  }

  /** The clerk's 本单位待办 exactly as Tasklist loads it: the web app session's engine API, HAL. */
  private void clerkListInTasklist(String community) throws Exception {
    JsonNode tasks = tasklistTasks(community);
    check(tasks.size() > 0, "the clerk of " + community + " sees no task in Tasklist");
    for (JsonNode task : tasks) {
      check(community.equals(task.path("tenantId").asText()), "Tasklist shows the clerk of " + community + " a task of " + task.path("tenantId"));
    }
  }

  /** The first page of 本单位待办 of a unit's clerk, exactly as Tasklist loads it. */
  private JsonNode tasklistTasks(String unit) throws Exception {
    WebSession session = sessions.computeIfAbsent(BenchOrgTree.clerk(unit), this::login);
    String body =
        "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    HttpRequest request =
        session.request("/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15")
            .header("Accept", "application/hal+json, application/json; q=0.5")
            .header("Content-Type", "application/json;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    check(response.statusCode() == 200, "Tasklist filter list as " + unit + ": " + response.statusCode() + " " + response.body());
    return JSON.readTree(response.body()).path("_embedded").path("task");
  }

  /** A logged-in Tasklist session: its cookies and CSRF token, as the browser keeps them. */
  final class WebSession {
    final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;

    HttpRequest.Builder request(String path) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120));
      StringBuilder cookie = new StringBuilder();
      cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(name).append('=').append(value));
      if (cookie.length() > 0) {
        builder.header("Cookie", cookie.toString());
      }
      if (csrf != null) {
        builder.header("X-XSRF-TOKEN", csrf);
      }
      return builder;
    }

    void take(HttpResponse<?> response) {
      for (String set : response.headers().allValues("set-cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      csrf = response.headers().firstValue("X-XSRF-TOKEN").orElse(cookies.getOrDefault("XSRF-TOKEN", csrf));
    }
  }

  private WebSession login(String user) {
    try {
      WebSession session = new WebSession();
      session.take(http.send(session.request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding()));
      String form = "username=" + user + "&password=" + BenchOrgTree.PASSWORD;
      HttpResponse<String> loggedIn =
          http.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      check(loggedIn.statusCode() == 200, "Tasklist login of " + user + ": " + loggedIn.statusCode());
      session.take(loggedIn);
      session.take(http.send(session.request("/camunda/api/engine/engine/default/filter?resourceType=Task").GET().build(),
          HttpResponse.BodyHandlers.discarding()));
      return session;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void instanceList(String unit) throws Exception {
    JsonNode list =
        send(BenchOrgTree.manager(unit), "GET",
            "/engine-rest/process-instance?processDefinitionKey=" + FoundingProcess.PROCESS_KEY + "&maxResults=50", null, "application/json", 200);
    checkScope(list, unit);
  }

  private void historyList(String unit) throws Exception {
    JsonNode list = send(BenchOrgTree.manager(unit), "GET", "/engine-rest/history/process-instance?maxResults=50", null, "application/json", 200);
    checkScope(list, unit);
  }

  /**
   * Every case of the list belongs to the unit, a unit below it ({@code unit-…}) or one of the unit's bodies
   * ({@code unit.aid-centre}, {@code unit.chair-meeting}: a county's, whose managers see their cases).
   */
  private static void checkScope(JsonNode list, String unit) {
    check(list.size() > 0, "the manager of " + unit + " sees no case");
    for (JsonNode instance : list) {
      String tenant = instance.path("tenantId").asText();
      check(atOrBelow(tenant, unit), "the manager of " + unit + " sees a case of " + tenant);
    }
  }

  static boolean atOrBelow(String tenant, String unit) {
    return tenant.equals(unit) || tenant.startsWith(unit + "-") || tenant.startsWith(unit + ".");
  }

  private void apiStart() throws Exception {
    long i = apiCaseNumber.getAndIncrement();
    String community = org.communities.get((int) (i % org.communities.size()));
    String body = JSON.writeValueAsString(CaseSeeder.startVariables(i, "92", null));
    JsonNode answer = send(BenchOrgTree.clerk(community), "POST", "/api/union-foundings", body, "application/json", 201);
    check(answer.hasNonNull("processInstanceId"), "no processInstanceId in " + answer);
  }

  private void dmnRest(int i) throws Exception {
    String body = "{\"variables\":{\"employeeCount\":{\"value\":" + (1 + i % 120) + ",\"type\":\"Integer\"}}}";
    JsonNode answer =
        send(BenchOrgTree.ANALYST, "POST", "/engine-rest/decision-definition/key/union-founding-approval-authority/evaluate",
            body, "application/json", 200);
    check(answer.size() == 1, "decision answered " + answer);
  }

  /** Evaluations per second of the approval-authority table on a plain DMN engine, one thread. */
  static double dmnStandalone(double seconds) throws IOException {
    DmnEngine engine = CachingDmnEngine.dmnEngineConfiguration().buildEngine();
    DmnDecision decision;
    try (InputStream in = Benchmark.class.getResourceAsStream("/processes/union-founding/union-founding-approval-authority.dmn")) {
      decision = engine.parseDecision("union-founding-approval-authority", in);
    }
    VariableMap[] inputs = new VariableMap[120];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = Variables.createVariables().putValue("employeeCount", i + 1);
    }
    long sink = 0;
    long warmupEnd = System.nanoTime() + (long) (seconds * 1e9);
    int i = 0;
    while (System.nanoTime() < warmupEnd) {
      sink += engine.evaluateDecisionTable(decision, inputs[i++ % inputs.length]).size();
    }
    long count = 0;
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    while (true) {
      for (int k = 0; k < 1000; k++) {
        sink += engine.evaluateDecisionTable(decision, inputs[i++ % inputs.length]).size();
      }
      count += 1000;
      if (System.nanoTime() >= end) {
        break;
      }
    }
    double perSecond = count / ((System.nanoTime() - t0) / 1e9);
    check(sink > 0, "the decision matched nothing");
    return perSecond;
  }

  // ---------------------------------------------------------------------------------------------- measuring

  interface Call {
    void run(int i) throws Exception;
  }

  private Stat measure(Call call) throws Exception {
    return measure(call, settings.warmup(), settings.samples());
  }

  /** A 金秋助学 or 双走访 list: the same measure, with the settings' samples for these lists. */
  private Stat measureNew(Call call) throws Exception {
    return measure(call, settings.newProcessWarmup(), settings.newProcessSamples());
  }

  private Stat measure(Call call, int warmup, int samples) throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.run(i);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      call.run(warmup + i);
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    return Stat.of(millis);
  }

  record Throughput(double perSecond, Stat latency) {}

  /**
   * The same load as the measurement, for {@code seconds} (at least 20 calls), so that the JIT compiler has compiled
   * what the measurement runs; logs the calls per second of each 5-second window, to show where it levelled off.
   */
  private static void warmUp(String what, int threads, double seconds, Call call) throws Exception {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    AtomicLong calls = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (long i = calls.getAndIncrement(); i < 20 || System.nanoTime() < end; i = calls.getAndIncrement()) {
            call.run((int) i);
            done.incrementAndGet();
          }
          return null;
        }));
      }
      List<String> windows = new ArrayList<>();
      long windowStart = start;
      long doneBefore = 0;
      for (Future<?> future : futures) {
        while (true) {
          try {
            future.get(Math.max(1, windowStart + 5_000_000_000L - System.nanoTime()), TimeUnit.NANOSECONDS);
            break;
          } catch (TimeoutException window) {
            long now = System.nanoTime();
            long doneNow = done.get();
            windows.add(String.format(Locale.ROOT, "%.0f", (doneNow - doneBefore) / ((now - windowStart) / 1e9)));
            windowStart = now;
            doneBefore = doneNow;
          }
        }
      }
      log("%s: warm-up %.0f s, calls/s per 5 s: %s", what, seconds(start), String.join(", ", windows));
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code total} calls spread over {@code threads} client threads; throughput over the wall time. */
  private static Throughput parallel(int threads, int total, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong next = new AtomicLong();
    List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long s = System.nanoTime();
            call.run((int) i);
            millis.add((System.nanoTime() - s) / 1e6);
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    return new Throughput(total / wall, Stat.of(millis));
  }

  /**
   * One call with HTTP Basic, on the JDK's blocking client (HttpURLConnection, keep-alive): the load generator
   * shares the 2 cores with the application, and {@link HttpClient} hands every exchange between its selector
   * and worker threads (about a tenth of the CPU of the REST evaluations' stage went to the harness).
   */
  private JsonNode send(String user, String method, String path, String body, String accept, int expected) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(120_000);
    connection.setRequestMethod(method);
    connection.setRequestProperty("Authorization", basicAuthorization(user));
    connection.setRequestProperty("Accept", accept);
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setFixedLengthStreamingMode(bytes.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(bytes);
      }
    }
    int status = connection.getResponseCode();
    String answer;
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (status != expected) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + status + " " + answer);
    }
    return JSON.readTree(answer);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  // ---------------------------------------------------------------------------------------------- the application

  private String[] appArguments(int serverPort) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.profiles.active", "postgres");
    p.put("spring.datasource.url", db.jdbcUrl());
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "postgres");
    p.put("gonghui.org.data-file", "file:" + orgFile);
    p.put("gonghui.admin.password", "Bench-Admin-1");
    p.put("gonghui.data-dir", workDir.resolve("data").toAbsolutePath().toString());
    p.put("server.port", String.valueOf(serverPort));
    p.put("logging.level.root", "WARN");
    p.put("logging.level.cn.gonghui.bpm.GonghuiApplication", "INFO");
    return p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  private void startApp() {
    app = new SpringApplicationBuilder(GonghuiApplication.class).run(appArguments(0));
    port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
  }

  private void stopApp() {
    sessions.clear();
    if (app != null) {
      app.close();
      app = null;
    }
  }

  private ProcessEngine engine() {
    return app.getBean(ProcessEngine.class);
  }

  /**
   * Seconds from launching a new JVM with the application until /actuator/health answers UP: the
   * application's runtime class path (its classes as a jar and the jars it is packaged with, not the tests'),
   * and with {@code cds} the class data archive that docker/Dockerfile makes and runs with (Spring Boot's CDS
   * recipe: one training run that exits after the start, then every start maps the archived classes).
   */
  private double coldStartup(int n, boolean cds) throws Exception {
    int childPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      childPort = socket.getLocalPort();
    }
    List<String> options = new ArrayList<>();
    if (cds) {
      options.add("-XX:SharedArchiveFile=" + cdsArchive());
    }
    Path logFile = workDir.resolve((cds ? "startup-cds-" : "startup-") + n + ".log");
    long t0 = System.nanoTime();
    Process process = launch(options, childPort, logFile);
    try {
      HttpRequest health =
          HttpRequest.newBuilder(URI.create("http://localhost:" + childPort + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
      while (true) {
        check(process.isAlive(), "the application did not start, see " + logFile);
        check(seconds(t0) < 300, "the application did not start within 300 s, see " + logFile);
        try {
          if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            return seconds(t0);
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** The class data archive of the application, made once per run by a training start that exits after it. */
  private Path cdsArchive() throws Exception {
    Path archive = workDir.resolve("app.jsa");
    if (!Files.exists(archive)) {
      int trainingPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        trainingPort = socket.getLocalPort();
      }
      Path logFile = workDir.resolve("cds-training.log");
      long t0 = System.nanoTime();
      Process training =
          launch(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"), trainingPort, logFile);
      check(training.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the CDS training run did not end within 300 s, see " + logFile);
      check(Files.exists(archive), "the CDS training run wrote no archive, see " + logFile);
      log("class data archive made in %.1f s (%,d KiB)", seconds(t0), Files.size(archive) / 1024);
    }
    return archive;
  }

  private Process launch(List<String> jvmOptions, int serverPort, Path logFile) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    // the application's own JVM options (pom.xml, app.jvm), as in production
    for (String option : System.getProperty("bench.appJvm", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(runtimeClassPath());
    command.add(GonghuiApplication.class.getName());
    command.addAll(Arrays.asList(appArguments(serverPort)));
    command.add("--logging.level.cn.gonghui.bpm.platform.StartupSequence=DEBUG");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
  }

  /**
   * The application's classes packed as one jar (a class data archive takes no classes from directories)
   * followed by its runtime dependencies, as Maven lists them in target/runtime-classpath.txt.
   */
  private String runtimeClassPath() throws IOException {
    Path classes = null;
    for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(java.io.File.pathSeparator)) {
      if (entry.replace('\\', '/').endsWith("target/classes")) {
        classes = Path.of(entry);
      }
    }
    check(classes != null && Files.isDirectory(classes), "target/classes is not on the class path");
    Path dependencies = classes.getParent().resolve("runtime-classpath.txt");
    check(Files.exists(dependencies), dependencies + " is missing (maven-dependency-plugin, execution runtime-classpath)");
    Path jar = workDir.resolve("app-classes.jar");
    if (!Files.exists(jar)) {
      try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
          var files = Files.walk(classes)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
    }
    return jar + java.io.File.pathSeparator + Files.readString(dependencies).trim();
  }

  private String unitTasksFilterId() {
    FilterService filters = engine().getFilterService();
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Map<String, Object> properties = filter.getProperties();
      if (properties != null && TaskFilters.UNIT_TASKS.equals(properties.get(TaskFilters.KEY_PROPERTY))) {
        return filter.getId();
      }
    }
    throw new IllegalStateException("no 本单位待办 filter");
  }

  /** The communities that have open tasks (all of them once two cases per community went through the engine). */
  private List<String> communitiesWithTasks() {
    List<String> communities = new ArrayList<>();
    try (var c = db.connect();
        var s = c.createStatement();
        var rs = s.executeQuery("select distinct TENANT_ID_ from ACT_RU_TASK where TENANT_ID_ like 'BX-%-C%' order by 1")) {
      while (rs.next()) {
        communities.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    check(!communities.isEmpty(), "no community has a task");
    return communities;
  }

  /** The open cases seeded through the engine: their enterprise's credit code has the seeding prefix 91. */
  private List<String> templates() {
    List<String> templates = new ArrayList<>();
    try (var c = db.connect();
        var s = c.createStatement();
        var rs = s.executeQuery("select v.PROC_INST_ID_ from ACT_RU_VARIABLE v join enterprise e on e.id = v.LONG_"
            + " where v.NAME_ = 'enterpriseId' and v.PROC_INST_ID_ = v.EXECUTION_ID_ and e.credit_code like '91%'"
            + " order by v.PROC_INST_ID_")) {
      while (rs.next()) {
        templates.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    check(!templates.isEmpty(), "no engine-started case to copy");
    return templates;
  }

  /** Open founding cases (the N of a stage; 金秋助学 and 双走访 cases are seeded once beside them). */
  private long openCases() {
    return openCases(FoundingProcess.PROCESS_KEY);
  }

  private long openCases(String processKey) {
    return db.queryLong("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
        + " where e.PARENT_ID_ is null and d.KEY_ = '" + processKey + "'");
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The settings' warm-up of the throughput stages, or {@code -Dbench.warmupSeconds}. */
  private double warmupSeconds() {
    return Double.parseDouble(System.getProperty("bench.warmupSeconds", String.valueOf(settings.throughputWarmupSeconds())));
  }

  static void log(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
