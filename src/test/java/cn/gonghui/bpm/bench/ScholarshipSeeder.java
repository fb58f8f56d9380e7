package cn.gonghui.bpm.bench;

import static cn.gonghui.bpm.scholarship.ApplicationProcess.*;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.scholarship.CampaignProcess;
import cn.gonghui.bpm.scholarship.DemoScholarship;
import cn.gonghui.bpm.scholarship.record.ApplicationService;
import cn.gonghui.bpm.scholarship.record.CampaignSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds 金秋助学 through the engine in the application's JVM, as the users who do it in Tasklist: the county clerk
 * starts this year's campaign (the demo's "this year": next year's once this year's deadline has passed) and records
 * its funds; then {@code count} applications are registered, four in five by the schools' clerks (in turn) and one in
 * five by the 职工维权帮扶中心, and moved on by the aid centre and the registering unit so that they stand at
 * several steps (registering in one thread, since registration numbers an application under a lock of the campaign's
 * row, while the other threads move the registered ones on): by application number mod 10, 0–3 at 核对申报材料 (aid centre), 4–5 at 初步认定 (aid centre), 6 refused
 * at 初步认定 and at 告知申请人结果 (registering unit), 7–8 at 填写申请表 (registering unit), 9 at 入户调查核实 (aid
 * centre). Every start and completion runs the same start listener, task listeners and decisions as a clerk's.
 */
final class ScholarshipSeeder {

  static final int BATCH = 20;

  /** What was seeded: the campaign (case id and record id), its applications, the schools that registered some. */
  record Result(String campaignCaseId, long campaignId, int year, int applications, Map<String, Integer> bySchool, int byAidCentre) {}

  private final RuntimeService runtime;
  private final BenchClerks clerks;
  private final TransactionTemplate tx;
  private final BenchOrgTree org;

  ScholarshipSeeder(ProcessEngine engine, TransactionTemplate tx, BenchOrgTree org) {
    this.runtime = engine.getRuntimeService();
    this.clerks = new BenchClerks(engine.getIdentityService(), engine.getTaskService());
    this.tx = tx;
    this.org = org;
  }

  /** Seeds the campaign and {@code count} applications; {@code awaitJobs} waits for the job executor's due jobs. */
  Result seed(int count, int threads, Runnable awaitJobs) throws Exception {
    int year = DemoScholarship.thisYear(LocalDate.now(CampaignSchedule.ZONE));
    String today = LocalDate.now(CampaignSchedule.ZONE).toString();
    String campaignCase =
        tx.execute(status ->
            clerks.as(BenchOrgTree.COUNTY, () -> runtime.startProcessInstanceByKey(CampaignProcess.PROCESS_KEY, Map.of(CampaignProcess.FIELD_CAMPAIGN_YEAR, year)))
                .getId());
    awaitJobs.run(); // 通知往年A档续发 (asynchronous) before the campaign's branches open
    tx.executeWithoutResult(status -> clerks.complete(BenchOrgTree.COUNTY, campaignCase, CampaignProcess.TASK_RECORD_FUNDS, Map.of(
        CampaignProcess.FIELD_FUND_ROWS,
        "行政支持,标杆县财政局,60000," + today + "\n企业赞助,标杆县宏达商贸有限公司,30000," + today + ",结对帮扶",
        CampaignProcess.FIELD_FUNDS_COMPLETE, true)));
    long campaignId = ((Number) runtime.getVariable(campaignCase, CampaignProcess.VAR_CAMPAIGN_ID)).longValue();

    Benchmark.log("金秋助学: campaign %s started, funds recorded", campaignCase);
    long t0 = System.nanoTime();
    String[] unitOf = new String[count];
    String[] caseOf = new String[count];
    Map<String, Integer> bySchool = new LinkedHashMap<>();
    int byAidCentre = 0;
    int school = 0;
    for (int i = 0; i < count; i++) {
      if (i % 5 == 4) {
        unitOf[i] = BenchOrgTree.AID_CENTRE;
        byAidCentre++;
      } else {
        unitOf[i] = org.schools.get(school++ % org.schools.size());
        bySchool.merge(unitOf[i], 1, Integer::sum);
      }
    }
    // Registration numbers an application under a lock of the campaign's row, so registering takes one thread;
    // the steps of the applications registered so far run meanwhile in the other threads.
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < count; from += BATCH) {
        int first = from;
        int last = Math.min(count, from + BATCH);
        tx.executeWithoutResult(status -> {
          for (int i = first; i < last; i++) {
            Map<String, Object> form = startForm(i);
            caseOf[i] = clerks.as(unitOf[i], () -> runtime.startProcessInstanceByKey(PROCESS_KEY, form)).getId();
          }
        });
        done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          for (int i = first; i < last; i++) {
            advance(i, caseOf[i], unitOf[i]);
          }
        })));
      }
      Benchmark.log("金秋助学: %,d applications registered in %.1f s", count, Benchmark.seconds(t0));
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Benchmark.log("金秋助学: applications registered and moved to their steps in %.1f s", Benchmark.seconds(t0));
    return new Result(campaignCase, campaignId, year, count, bySchool, byAidCentre);
  }

  private void advance(int i, String caseId, String unit) {
    int step = i % 10;
    if (step <= 3) {
      return; // 核对申报材料
    }
    Map<String, Object> materials = new HashMap<>();
    ApplicationService.required(runtime.getVariable(caseId, VAR_REQUIRED_MATERIALS))
        .forEach((material, handling) -> materials.put(material.field(), handling.name()));
    clerks.complete(BenchOrgTree.AID_CENTRE, caseId, TASK_CHECK_MATERIALS, materials);
    if (step <= 5) {
      return; // 初步认定
    }
    Map<String, Object> eligibility = eligible();
    if (step == 6) {
      eligibility.put(FIELD_IS_CURRENT_GRADUATE, false); // refused: the registering unit tells the family
    }
    clerks.complete(BenchOrgTree.AID_CENTRE, caseId, TASK_DETERMINE_ELIGIBILITY, eligibility);
    if (step <= 8) {
      return; // 告知申请人结果 (6), 填写申请表 (7, 8)
    }
    clerks.complete(unit, caseId, TASK_SUBMIT_APPLICATION_FORM, Map.of(
        FIELD_UNIVERSITY, "兰州大学", FIELD_MAJOR, "计算机科学与技术", FIELD_PROGRAMME_YEARS, "4", FIELD_GAOKAO_SCORE, 520 + i % 100,
        FIELD_FAMILY_SITUATION, "家庭主要劳动力因病失去劳动能力，靠低保生活", FIELD_PUBLICITY_CONSENT, i % 3 != 0));
    // 入户调查核实 (9)
  }

  private static Map<String, Object> startForm(int i) {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_APPLICANT_TYPE, i % 7 == 3 ? "MIGRANT_WORKER" : "HARDSHIP_WORKER");
    form.put(FIELD_APPLICANT_NAME, "基准家长" + i);
    form.put(FIELD_APPLICANT_ID_NUMBER, idNumber(1975, i));
    form.put(FIELD_STUDENT_NAME, "基准学生" + i);
    form.put(FIELD_STUDENT_ID_NUMBER, idNumber(2008, i));
    form.put(FIELD_CONTACT_PHONE, "1389311" + String.format("%04d", i % 10_000));
    return form;
  }

  private static Map<String, Object> eligible() {
    Map<String, Object> form = new HashMap<>();
    form.put(FIELD_IS_CURRENT_GRADUATE, true);
    form.put(FIELD_ADMISSION_BATCH, "UNDERGRADUATE");
    form.put(FIELD_FORMALLY_ADMITTED, true);
    form.put(FIELD_GOOD_GRADES_AND_CONDUCT, true);
    form.put(FIELD_HAS_COUNTY_HUKOU, true);
    form.put(FIELD_FAMILY_HARDSHIP_CAUSE, "BREADWINNER_DISABLED");
    return form;
  }

  /** A valid 居民身份证号码 of a fictional person born in {@code year} in 标杆县 (620102), unique per i below 336,000. */
  static String idNumber(int year, int i) {
    String first17 = "620102" + year + String.format("%02d%02d", 1 + i % 12, 1 + (i / 12) % 28) + String.format("%03d", (i / 336) % 1000);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
