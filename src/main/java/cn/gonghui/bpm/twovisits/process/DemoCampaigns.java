package cn.gonghui.bpm.twovisits.process;

import static cn.gonghui.bpm.twovisits.CampaignProcess.*;

import cn.gonghui.bpm.hardship.HardshipFile;
import cn.gonghui.bpm.hardship.HardshipRegister;
import cn.gonghui.bpm.hardship.HouseholdFields;
import cn.gonghui.bpm.platform.StartupStep;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.twovisits.IssueProcess;
import cn.gonghui.bpm.twovisits.record.CampaignService;
import cn.gonghui.bpm.twovisits.record.HomeVisits;
import cn.gonghui.bpm.twovisits.record.Problem;
import cn.gonghui.bpm.twovisits.record.ProblemService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: the county's education union (SFX-JY) launches this school year's campaign for its three
 * schools, which stand in different phases — 坝头中学 (the source's school) in phase 3 with its problems classified
 * (one solved by the union, one reported to the school's administration, one reported to 县教育工会, whose clerk has
 * it to answer), 县一中 in phase 2 with its visits open, 城关小学 just launched (flagged late once its first window
 * has passed). Every step is done as the demo clerks, through the same services and checks as Tasklist. Once: when
 * 坝头中学 has no campaign yet; all or nothing.
 */
@Component
@Profile("demo")
@Order(60)
public class DemoCampaigns implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCampaigns.class);

  static final String EDUCATION_UNION = "SFX-JY";
  static final String BATOU = "SFX-JY-BT";
  static final String YIZHONG = "SFX-JY-YZ";

  private final CampaignLauncher launcher;
  private final CampaignService campaigns;
  private final ProblemService problems;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TransactionTemplate tx;
  private final HomeVisits homeVisits;
  private final HardshipRegister register;

  public DemoCampaigns(
      CampaignLauncher launcher, CampaignService campaigns, ProblemService problems, TaskService tasks, IdentityService identity,
      TransactionTemplate tx, HomeVisits homeVisits, HardshipRegister register) {
    this.homeVisits = homeVisits;
    this.register = register;
    this.launcher = launcher;
    this.campaigns = campaigns;
    this.problems = problems;
    this.tasks = tasks;
    this.identity = identity;
    this.tx = tx;
  }

  @Override
  public void run() {
    if (!campaigns.ofUnit(BATOU).isEmpty()) {
      return;
    }
    tx.executeWithoutResult(status -> seed());
    LOG.info("Demo 双走访: campaigns of 坝头中学 (phase 3), 县一中 (phase 2) and 城关小学 (phase 1) launched by 县教育工会");
  }

  private void seed() {
    List<CampaignLauncher.Launched> launched = as("jiaoyu-clerk", () -> launcher.launch(EDUCATION_UNION, null, null));
    String today = LocalDate.now(cn.gonghui.bpm.twovisits.record.CampaignSchedule.ZONE).toString();
    for (CampaignLauncher.Launched l : launched) {
      if (BATOU.equals(l.unitCode())) {
        batou(l.caseId(), today);
      } else if (YIZHONG.equals(l.unitCode())) {
        phaseOne("yizhong-clerk", l.caseId(), today, "王建军", "刘芳");
        complete("yizhong-clerk", l.caseId(), TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "高一年级组\n高二年级组\n高三年级组\n后勤处"));
      }
    }
  }

  private void batou(String caseId, String today) {
    String clerk = "batou-clerk";
    phaseOne(clerk, caseId, today, "廖孝感", "宋泽宝");
    complete(clerk, caseId, TASK_LIST_VISIT_TARGETS, Map.of(FIELD_DEPARTMENTS, "语、数教研组\n理、化、政、史教研组", FIELD_NEW_HOUSEHOLDS, "朱老师家"));
    Map<String, Object> visit = new HashMap<>();
    visit.put(FIELD_VISIT_DATE, today);
    visit.put(FIELD_VISIT_FORM, VISIT_FORM_BOTH);
    visit.put(FIELD_PEOPLE_REACHED, 16);
    visit.put(FIELD_OPINIONS, "教师普遍关心绩效工资实施方案，希望向一线教师和班主任倾斜");
    visit.put(FIELD_PAY_OPINIONS, "班主任津贴偏低，课时量计算不统一");
    visit.put(FIELD_PROBLEMS, "绩效工资实施方案中班主任津贴偏低\n教师周转房屋顶漏雨\n乡村教师交通补贴未落实");
    complete(clerk, caseId, TASK_VISIT_DEPARTMENT, visit);
    Map<String, Object> second = new HashMap<>(visit);
    second.put(FIELD_PEOPLE_REACHED, 12);
    second.put(FIELD_OPINIONS, "理化实验室器材陈旧");
    second.remove(FIELD_PAY_OPINIONS);
    second.remove(FIELD_PROBLEMS);
    complete(clerk, caseId, TASK_VISIT_DEPARTMENT, second);
    Map<String, Object> home = new HashMap<>();
    home.put(FIELD_VISIT_DATE, today);
    home.put(FIELD_VISITORS, "廖孝感、朱小烨");
    home.put(FIELD_FINDINGS, "爱人长期患病，孩子上高中，生活困难，思想稳定");
    home.put(HouseholdFields.WORKER_NAME, "朱明");
    home.put(HouseholdFields.WORKER_ID_NUMBER, idNumber("62010219650312001"));
    home.put(HouseholdFields.WORKPLACE, "坝头中学语文教研组");
    home.put(HouseholdFields.ADDRESS, "示范县坝头镇中学家属院3号");
    home.put(HouseholdFields.HOUSEHOLD_SIZE, 3);
    home.put(HouseholdFields.MONTHLY_INCOME, 2100);
    home.put(HouseholdFields.CAUSE, "配偶患慢性肾病，长期透析");
    home.put(HouseholdFields.SUDDEN_HARDSHIP, false);
    home.put(HouseholdFields.ILLNESS, "配偶慢性肾病");
    home.put(HouseholdFields.MEMBERS, "李秀兰,配偶,52,无业,慢性肾病\n朱晓,子女,17,在读高二,健康");
    // the household found now (the register may list others kept by the school, e.g. a 金秋助学 family)
    Task newHousehold = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(TASK_VISIT_HOUSEHOLD)
        .taskVariableValueLike(VAR_VISIT_SUBJECT, "%朱老师家%").singleResult();
    as(clerk, () -> {
      tasks.complete(newHousehold.getId(), home);
      return null;
    });
    // the households the register lists for the school (e.g. a 金秋助学 family): visited, their files confirmed
    for (Task listed : tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(TASK_VISIT_HOUSEHOLD).list()) {
      as(clerk, () -> {
        long visitId = ((Number) tasks.getVariable(listed.getId(), VAR_HOME_VISIT_ID)).longValue();
        HardshipFile file = register.read(homeVisits.findById(visitId).orElseThrow().getFileId(), "双走访·演示数据");
        Map<String, Object> again = new HashMap<>(home);
        again.put(FIELD_FINDINGS, "家庭情况与档案一致，孩子在校表现良好");
        again.put(HouseholdFields.WORKER_NAME, file.getWorkerName());
        again.put(HouseholdFields.WORKER_ID_NUMBER, file.getIdNumber());
        again.put(HouseholdFields.WORKPLACE, file.getWorkplace());
        again.put(HouseholdFields.ADDRESS, file.getAddress());
        again.put(HouseholdFields.HOUSEHOLD_SIZE, file.getHouseholdSize());
        again.put(HouseholdFields.MONTHLY_INCOME, file.getMonthlyIncome().doubleValue());
        if (file.getPhone() != null) {
          again.put(HouseholdFields.PHONE, file.getPhone());
        }
        again.put(HouseholdFields.CAUSE, file.getCause());
        again.put(HouseholdFields.SUDDEN_HARDSHIP, file.isSuddenHardship());
        again.remove(HouseholdFields.ILLNESS);
        if (file.getIllness() != null) {
          again.put(HouseholdFields.ILLNESS, file.getIllness());
        }
        again.put(HouseholdFields.MEMBERS, String.join("\n", register.membersOf(file.getId()).stream()
            .map(m -> String.join(",", m.getName(), m.getRelation(), String.valueOf(m.getAge()), m.getOccupation(), m.getHealth()))
            .toList()));
        tasks.complete(listed.getId(), again);
        return null;
      });
    }

    List<Problem> raised = problems.ofCampaign(campaigns.require(caseId).getId());
    classify(clerk, raised.get(0), "SUBJECTIVE", "PERFORMANCE_PAY", true, true);
    complete(clerk, raised.get(0).getProcessInstanceId(), IssueProcess.TASK_SOLVE_BY_UNION, Map.of(
        IssueProcess.FIELD_MEASURE, "向校务会提出班主任津贴调整建议，经教代会讨论", IssueProcess.FIELD_OUTCOME, IssueProcess.OUTCOME_SOLVED,
        IssueProcess.FIELD_OUTCOME_NOTE, "班主任津贴每月提高100元"));
    classify(clerk, raised.get(1), "OBJECTIVE", "WORKING_CONDITIONS", false, true);
    complete(clerk, raised.get(1).getProcessInstanceId(), IssueProcess.TASK_REPORT_TO_ADMINISTRATION, Map.of(
        IssueProcess.FIELD_REPORT_DATE, today, IssueProcess.FIELD_REPORTED_TO, "总务处", IssueProcess.FIELD_PROPOSAL, "寒假期间维修周转房屋顶"));
    classify(clerk, raised.get(2), "OBJECTIVE", "PAY_AND_BENEFITS", false, false);
    complete(clerk, raised.get(2).getProcessInstanceId(), IssueProcess.TASK_REPORT_TO_SUPERIOR, Map.of(
        IssueProcess.FIELD_REPORT_DATE, today, IssueProcess.FIELD_PROPOSAL, "建议县教育局按省文件落实乡村教师交通补贴"));
  }

  private void phaseOne(String clerk, String caseId, String today, String leader, String deputy) {
    complete(clerk, caseId, TASK_RECORD_STUDY, Map.of(FIELD_STUDY_DATE, today, FIELD_PARTICIPANTS, 15,
        FIELD_DOCUMENTS, "中国工会十五大文件\n省工会关于开展“双走访，促三保”活动的文件"));
    complete(clerk, caseId, TASK_DRAFT_IMPLEMENTATION_PLAN, Map.of(FIELD_PLAN_TITLE, "开展“双走访、促三保”活动的实施方案",
        FIELD_PLAN_TEXT, "走访调研与宣传鼓劲相结合，发现问题与解决问题相结合，促进发展与推动维权相结合。"));
    complete(clerk, caseId, TASK_FORM_LEADING_GROUP, Map.of(FIELD_GROUP_MEMBERS,
        leader + ",组长\n" + deputy + ",副组长\n朱小烨,委员\n朱小烨,办公室主任"));
    complete(clerk, caseId, TASK_POST_NOTICE, Map.of(FIELD_POSTED_ON, today, FIELD_POSTED_ITEMS, "省工会文件、本会实施方案、领导小组名单"));
    complete(clerk, caseId, TASK_HOLD_GROUP_MEETING, Map.of(FIELD_MEETING_DATE, today, FIELD_ATTENDEES, 3,
        FIELD_MEASURES, "领导小组成员分工包教研组，十二月底前完成入户走访"));
  }

  private void classify(String clerk, Problem problem, String nature, String category, boolean union, boolean unit) {
    complete(clerk, problem.getProcessInstanceId(), IssueProcess.TASK_CLASSIFY, Map.of(
        IssueProcess.FIELD_NATURE, nature, IssueProcess.FIELD_CATEGORY, category,
        IssueProcess.FIELD_CAN_UNION_SOLVE, String.valueOf(union), IssueProcess.FIELD_WITHIN_UNIT_AUTHORITY, String.valueOf(unit)));
  }

  /** Completes the (first) open task {@code taskKey} of a case as a demo user. */
  private void complete(String user, String caseId, String taskKey, Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey).list().get(0);
    as(user, () -> {
      tasks.complete(task.getId(), form);
      return null;
    });
  }

  private static String idNumber(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** Runs {@code work} as a demo user with their groups and tenants, as Tasklist would. */
  private <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
