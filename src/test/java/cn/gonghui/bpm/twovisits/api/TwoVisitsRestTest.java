package cn.gonghui.bpm.twovisits.api;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.testkit.TestIdentities;
import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.TwoVisitsFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 双走访 through Camunda's REST API and /api on PostgreSQL, by the demo county's clerks and managers: 坝头中学
 * (batou-clerk) runs its campaign of next school year (this year's is the demo's); 县一中 (yizhong-clerk) sees nothing
 * of it; 县教育工会's clerk sees only the problem reported to it; its manager sees the manager view. Bad input answers
 * 400 (403, 409) and changes nothing.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class TwoVisitsRestTest extends PostgresIntegrationTest {

  static final String BATOU = "batou-clerk";
  static final String YIZHONG = "yizhong-clerk";
  static final String JIAOYU = "jiaoyu-clerk";
  static final String JIAOYU_MANAGER = "jiaoyu-manager";

  /** A start date of next school year: never the year of the demo's campaigns (this school year's). */
  static String nextYearStart() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(300).toString();
  }

  @Test
  void aSchoolsCampaignIsSeenByItsUnionAndTheManagersAboveWhileTheSuperiorClerkSeesOnlyWhatWasReportedToIt() {
    ResponseEntity<Map> started = post(BATOU, "/api/two-visits/campaigns", Map.of(FIELD_START_DATE, nextYearStart()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String campaign = (String) started.getBody().get("caseId");
    int year = ((Number) started.getBody().get("year")).intValue();

    runPhaseOne(campaign);
    complete(BATOU, campaign, TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "语、数教研组"));
    Map<String, Object> visit = new HashMap<>();
    visit.put(FIELD_VISIT_DATE, today());
    visit.put(FIELD_VISIT_FORM, VISIT_FORM_INTERVIEW);
    visit.put(FIELD_PEOPLE_REACHED, 9);
    visit.put(FIELD_OPINIONS, "希望增加教研经费");
    visit.put(FIELD_PROBLEMS, "乡村教师交通补贴未落实\n办公室电脑老旧");
    complete(BATOU, campaign, TASK_VISIT_DEPARTMENT, visit);

    // 县一中's clerk sees nothing of 坝头中学's campaign
    assertThat(get(YIZHONG, "/api/two-visits/campaigns/" + campaign).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tasks(YIZHONG, campaign)).isEmpty();
    assertThat(get(YIZHONG, "/api/two-visits/campaigns?unit=SFX-JY-BT").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(YIZHONG, "/api/two-visits/overview?unit=SFX-JY-BT").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(YIZHONG, "/engine-rest/process-instance/" + campaign).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    List<Map<String, Object>> problems = (List<Map<String, Object>>) get(BATOU, "/api/two-visits/campaigns/" + campaign).getBody().get("problems");
    assertThat(problems).extracting(p -> p.get("description")).containsExactly("乡村教师交通补贴未落实", "办公室电脑老旧");
    String escalated = (String) problems.get(0).get("caseId");
    String kept = (String) problems.get(1).get("caseId");
    complete(BATOU, escalated, IssueProcess.TASK_CLASSIFY, Map.of(IssueProcess.FIELD_NATURE, "OBJECTIVE", IssueProcess.FIELD_CATEGORY,
        "PAY_AND_BENEFITS", IssueProcess.FIELD_CAN_UNION_SOLVE, "false", IssueProcess.FIELD_WITHIN_UNIT_AUTHORITY, "false"));
    complete(BATOU, escalated, IssueProcess.TASK_REPORT_TO_SUPERIOR, Map.of(IssueProcess.FIELD_REPORT_DATE, today(),
        IssueProcess.FIELD_PROPOSAL, "建议县教育局落实交通补贴"));

    // 县教育工会's clerk: the reported problem and its task, nothing else of the school
    assertThat(tasks(JIAOYU, escalated)).extracting(t -> t.get("taskDefinitionKey")).containsExactly(IssueProcess.TASK_ANSWER_REPORT);
    assertThat(get(JIAOYU, "/api/two-visits/problems/" + escalated).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(JIAOYU, "/api/two-visits/problems/" + kept).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tasks(JIAOYU, kept)).isEmpty();
    assertThat(get(JIAOYU, "/api/two-visits/campaigns/" + campaign).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(JIAOYU, "/engine-rest/process-instance/" + campaign).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    List<Map<String, Object>> reported = rest.exchange(url("/api/two-visits/reported?unit=SFX-JY"), HttpMethod.GET, new HttpEntity<>(as(JIAOYU)), List.class).getBody();
    assertThat(reported).extracting(p -> p.get("caseId")).contains(escalated).doesNotContain(kept);
    assertThat(get(YIZHONG, "/api/two-visits/problems/" + escalated).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    complete(JIAOYU, escalated, IssueProcess.TASK_ANSWER_REPORT, Map.of(IssueProcess.FIELD_ANSWER_OUTCOME, "WILL_SOLVE",
        IssueProcess.FIELD_ANSWER, "已转县教育局计财股，下学期落实"));
    assertThat(tasks(BATOU, escalated)).extracting(t -> t.get("taskDefinitionKey")).containsExactly(IssueProcess.TASK_ASSIST);
    Map<String, Object> answered = get(BATOU, "/api/two-visits/problems/" + escalated).getBody();
    assertThat(answered).containsEntry("routeLabel", "向上级部门汇报").containsEntry("statusLabel", "协助解决中").containsEntry("reportedToUnit", "SFX-JY");
    assertThat((List<Map<String, Object>>) answered.get("steps")).extracting(s -> s.get("kindLabel"))
        .containsExactly("归类", "向上级工会汇报", "上级答复");

    // the managers of 县教育工会: the manager view of every school, and the campaign itself
    Map<String, Object> overview = get(JIAOYU_MANAGER, "/api/two-visits/overview?unit=SFX-JY&year=" + year).getBody();
    Map<String, Object> row = ((List<Map<String, Object>>) overview.get("rows")).stream()
        .filter(r -> "SFX-JY-BT".equals(r.get("unitCode"))).findFirst().orElseThrow();
    assertThat(row).containsEntry("caseId", campaign).containsEntry("currentPhase", 2);
    Map<String, Object> figures = (Map<String, Object>) row.get("figures");
    assertThat(figures).containsEntry("departmentVisitsDone", 1).containsEntry("peopleReached", 9).containsEntry("problems", 2);
    assertThat((Map<String, Object>) figures.get("problemsByRoute")).containsEntry("REPORT_TO_SUPERIOR", 1);
    assertThat((Map<String, Object>) figures.get("problemsByStatus")).containsEntry("ASSISTING", 1).containsEntry("OPEN", 1);
    assertThat(((List<Map<String, Object>>) overview.get("rows"))).extracting(r -> r.get("unitCode")).contains("SFX-JY-YZ", "SFX-JY-CX");
    assertThat(get(JIAOYU_MANAGER, "/api/two-visits/campaigns/" + campaign).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<byte[]> xlsx = rest.exchange(url("/api/two-visits/overview.xlsx?unit=SFX-JY&year=" + year), HttpMethod.GET,
        new HttpEntity<>(as(JIAOYU_MANAGER)), byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');
    assertThat(get(YIZHONG, "/api/two-visits/overview?unit=SFX-JY").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange(url("/api/two-visits/overview.xlsx?unit=SFX-JY"), HttpMethod.GET, new HttpEntity<>(as(YIZHONG)), byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badStartsLaunchesFormsAndUploadsAnswer400AndChangeNothing() {
    int before = campaignsOf(BATOU, "SFX-JY-BT");
    ResponseEntity<Map> tooEarly = post(BATOU, "/api/two-visits/campaigns", Map.of(FIELD_START_DATE, "2020-10-01"));
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooEarly.getBody()).containsEntry("field", FIELD_START_DATE);
    assertThat((String) tooEarly.getBody().get("message")).contains("前后一年");
    ResponseEntity<Map> forged = post(BATOU, "/api/two-visits/campaigns", Map.of(VAR_LAUNCHED_BY, "jiaoyu-clerk"));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> systemField = submitStart(BATOU, Map.of(FIELD_START_DATE, nextYearStart(), VAR_CAMPAIGN_ID, 1));
    assertThat(systemField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) systemField.getBody().get("message")).contains("由系统填写");
    assertThat(campaignsOf(BATOU, "SFX-JY-BT")).isEqualTo(before);

    // launches: malformed, not below, not a clerk of the launching unit — nothing started
    int cx = campaignsOf(JIAOYU_MANAGER, "SFX-JY-CX");
    assertThat(post(JIAOYU, "/api/two-visits/campaigns/launch", Map.of("unit", "SFX-JY", "unions", "SFX-JY-CX")).getBody())
        .containsEntry("field", "unions");
    assertThat(post(JIAOYU, "/api/two-visits/campaigns/launch", Map.of("unit", "SFX-JY", "unions", List.of("SFX-CG-DJ"))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(JIAOYU, "/api/two-visits/campaigns/launch", Map.of("unit", "SFX-JY", "unions", List.of("SFX-JY-CX"), "orgUnitCode", "SFX"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(BATOU, "/api/two-visits/campaigns/launch", Map.of("unit", "SFX-JY", "unions", List.of("SFX-JY-CX"))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(campaignsOf(JIAOYU_MANAGER, "SFX-JY-CX")).isEqualTo(cx);

    // what the launching clerk chooses from: the schools without a campaign of that school year, names only; the
    // figures are the managers' (the clerk's overview of 县教育工会 has no school's line)
    String launchable = "/api/two-visits/campaigns/launchable?unit=SFX-JY&" + FIELD_START_DATE + "=" + nextYearStart();
    List<Map<String, Object>> free = rest.exchange(url(launchable), HttpMethod.GET, new HttpEntity<>(as(JIAOYU)), List.class).getBody();
    assertThat(free).extracting(u -> u.get("unitCode")).contains("SFX-JY-CX").doesNotContain("SFX-CG-DJ");
    assertThat(free).allSatisfy(u -> assertThat(u).containsOnlyKeys("unitCode", "unitName"));
    assertThat((List<?>) get(JIAOYU, "/api/two-visits/overview?unit=SFX-JY").getBody().get("rows")).isEmpty();
    assertThat(get(BATOU, launchable).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(JIAOYU_MANAGER, launchable).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(JIAOYU, "/api/two-visits/campaigns/launchable?unit=SFX-JY-BT").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> badDate = get(JIAOYU, "/api/two-visits/campaigns/launchable?unit=SFX-JY&" + FIELD_START_DATE + "=2026-13-45");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).containsEntry("field", FIELD_START_DATE);
    assertThat(get(JIAOYU, "/api/two-visits/campaigns/launchable?unit=NO-SUCH-UNIT").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // a good launch, then the same again is a conflict that starts nothing
    ResponseEntity<List> launched = rest.exchange(url("/api/two-visits/campaigns/launch"), HttpMethod.POST,
        new HttpEntity<>(Map.of("unit", "SFX-JY", "unions", List.of("SFX-JY-CX"), FIELD_START_DATE, nextYearStart()), json(JIAOYU)), List.class);
    assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String cxCampaign = (String) ((Map<String, Object>) launched.getBody().get(0)).get("caseId");
    ResponseEntity<Map> again = post(JIAOYU, "/api/two-visits/campaigns/launch", Map.of("unit", "SFX-JY", "unions", List.of("SFX-JY-CX"),
        FIELD_START_DATE, nextYearStart()));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(campaignsOf(JIAOYU_MANAGER, "SFX-JY-CX")).isEqualTo(cx + 1);
    assertThat(rest.exchange(url(launchable), HttpMethod.GET, new HttpEntity<>(as(JIAOYU)), List.class).getBody())
        .extracting(u -> ((Map<?, ?>) u).get("unitCode")).doesNotContain("SFX-JY-CX");

    // a task form with a field the system writes, or a bad value: 400, nothing recorded (the demo has no 城关小学 clerk,
    // so the county's administrator works its tasks here)
    String study = taskId("admin", cxCampaign, TASK_RECORD_STUDY);
    Map<String, Object> form = new HashMap<>(Map.of(FIELD_STUDY_DATE, today(), FIELD_DOCUMENTS, "省工会文件", FIELD_PARTICIPANTS, 0));
    ResponseEntity<Map> zero = submitTask("admin", study, form);
    assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(zero.getBody()).containsEntry("field", FIELD_PARTICIPANTS);
    assertThat((List<?>) get("admin", "/api/two-visits/campaigns/" + cxCampaign).getBody().get("studies")).isEmpty();

    // uploads: a file type that is not a document, or by another school's clerk
    ResponseEntity<Map> exe = upload(JIAOYU_MANAGER, cxCampaign, "方案.exe", "MZ".getBytes());
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> notMine = upload(YIZHONG, cxCampaign, "方案.pdf", "%PDF-1.4".getBytes());
    assertThat(notMine.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> badType = upload("admin", cxCampaign, "方案.exe", "MZ".getBytes());
    assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badType.getBody()).containsEntry("field", "file");
    assertThat((List<?>) get("admin", "/api/two-visits/campaigns/" + cxCampaign).getBody().get("documents")).isEmpty();
    ResponseEntity<Map> pdf = upload("admin", cxCampaign, "实施方案.pdf", "%PDF-1.4 demo".getBytes());
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<byte[]> download = rest.exchange(url("/api/two-visits/documents/" + pdf.getBody().get("id")), HttpMethod.GET,
        new HttpEntity<>(as(JIAOYU_MANAGER)), byte[].class);
    assertThat(download.getBody()).isEqualTo("%PDF-1.4 demo".getBytes());
    assertThat(get("admin", "/api/two-visits/overview?unit=SFX-JY&year=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aHomeVisitWithAWrongIdentityNumberFilesNothing() {
    ResponseEntity<Map> started = post(YIZHONG, "/api/two-visits/campaigns", Map.of(FIELD_START_DATE, nextYearStart()));
    String campaign = (String) started.getBody().get("caseId");
    runPhaseOne(YIZHONG, campaign);
    complete(YIZHONG, campaign, TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "高一年级组", FIELD_NEW_HOUSEHOLDS, "李老师家"));
    String wrong = TestIdentities.withWrongCheckDigit(TwoVisitsFixtures.newIdNumber());
    Map<String, Object> form = new HashMap<>(TwoVisitsFixtures.household("李明", wrong, 2, 1000));
    form.put(FIELD_VISIT_DATE, today());
    form.put(FIELD_VISITORS, "王建军");
    form.put(FIELD_FINDINGS, "生活困难");
    ResponseEntity<Map> refused = submitTask(YIZHONG, taskId(YIZHONG, campaign, TASK_VISIT_HOUSEHOLD), form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", HouseholdFields.WORKER_ID_NUMBER);
    List<Map<String, Object>> homes = (List<Map<String, Object>>) get(YIZHONG, "/api/two-visits/campaigns/" + campaign).getBody().get("homeVisits");
    assertThat(homes).singleElement().satisfies(h -> assertThat(h).containsEntry("done", false).doesNotContainKey("fileId"));
  }

  @Test
  void theDemoSeedsThisSchoolYearsCampaignsOfTheThreeSchoolsInDifferentPhases() {
    Map<String, Object> overview = get("county-manager", "/api/two-visits/overview?unit=SFX-JY").getBody();
    Map<Object, Object> phases = new HashMap<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) overview.get("rows")) {
      phases.put(row.get("unitCode"), row.get("currentPhase"));
    }
    assertThat(phases).containsEntry("SFX-JY-BT", 3).containsEntry("SFX-JY-YZ", 2).containsEntry("SFX-JY-CX", 1);
    // 坝头中学's third problem waits for 县教育工会's answer
    List<Map<String, Object>> reported =
        rest.exchange(url("/api/two-visits/reported?unit=SFX-JY"), HttpMethod.GET, new HttpEntity<>(as(JIAOYU)), List.class).getBody();
    assertThat(reported).extracting(p -> p.get("description")).contains("乡村教师交通补贴未落实");
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private void runPhaseOne(String campaign) {
    runPhaseOne(BATOU, campaign);
  }

  private void runPhaseOne(String clerk, String campaign) {
    complete(clerk, campaign, TASK_RECORD_STUDY, Map.of(FIELD_STUDY_DATE, today(), FIELD_DOCUMENTS, "省工会文件", FIELD_PARTICIPANTS, 10));
    complete(clerk, campaign, TASK_DRAFT_IMPLEMENTATION_PLAN, Map.of(FIELD_PLAN_TITLE, "实施方案", FIELD_PLAN_TEXT, "分四个阶段开展"));
    complete(clerk, campaign, TASK_FORM_LEADING_GROUP, Map.of(FIELD_GROUP_MEMBERS, "甲,组长\n乙,委员\n乙,办公室主任"));
    complete(clerk, campaign, TASK_POST_NOTICE, Map.of(FIELD_POSTED_ON, today(), FIELD_POSTED_ITEMS, "实施方案"));
    complete(clerk, campaign, TASK_HOLD_GROUP_MEETING, Map.of(FIELD_MEETING_DATE, today(), FIELD_ATTENDEES, 2, FIELD_MEASURES, "分工走访"));
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  private int campaignsOf(String user, String unit) {
    return ((List<?>) rest.exchange(url("/api/two-visits/campaigns?unit=" + unit), HttpMethod.GET, new HttpEntity<>(as(user)), List.class)
        .getBody()).size();
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.exchange(url(path), HttpMethod.GET, new HttpEntity<>(as(user)), Map.class);
  }

  private ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
    return rest.exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, json(user)), Map.class);
  }

  private ResponseEntity<Map> submitStart(String user, Map<String, Object> form) {
    return rest.exchange(url("/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form"), HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", engineVariables(form)), json(user)), Map.class);
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> form) {
    ResponseEntity<Map> response = submitTask(user, taskId(user, instance, taskKey), form);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> submitTask(String user, String taskId, Map<String, Object> form) {
    return rest.exchange(url("/engine-rest/task/" + taskId + "/submit-form"), HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", engineVariables(form)), json(user)), Map.class);
  }

  private String taskId(String user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = tasks(user, instance);
    assertThat(tasks).as("tasks of %s", user).extracting(t -> t.get("taskDefinitionKey")).contains(taskKey);
    return (String) tasks.stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey"))).findFirst().orElseThrow().get("id");
  }

  private List<Map<String, Object>> tasks(String user, String instance) {
    return rest.exchange(url("/engine-rest/task?processInstanceId=" + instance), HttpMethod.GET, new HttpEntity<>(as(user)), List.class)
        .getBody();
  }

  private ResponseEntity<Map> upload(String user, String caseId, String fileName, byte[] content) {
    return uploadFile(user, "/api/two-visits/campaigns/" + caseId + "/documents", fileName, content);
  }

  private HttpHeaders json(String user) {
    HttpHeaders headers = as(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
