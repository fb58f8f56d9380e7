package cn.gonghui.bpm.security;

import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import cn.gonghui.bpm.security.AttackedProcess.Fixtures;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code union-founding} under attack: a 东街 (SFX-CG-DJ) enterprise's founding, whose approvals go to
 * 城关镇 (SFX-CG). Names are written as an attacker sends them (strings), not taken from the process code.
 */
final class FoundingUnderAttack {

  static final String KEY = "union-founding";
  static final String COMMUNITY = "SFX-CG-DJ";
  static final String COMMUNITY_CLERK = "dongjie-clerk";
  static final String TOWN = "SFX-CG";
  static final String TOWN_CLERK = "chengguan-clerk";

  private FoundingUnderAttack() {}

  static AttackedProcess process() {
    Map<String, Object> approver = Map.of("approverUnitCode", TOWN, "approvingLevel", "TOWN_UNION");
    Map<String, Object> structures = Map.of("requiredStructures", List.of("UNION_COMMITTEE"));
    List<String> community = List.of("xijie-clerk", TOWN_CLERK);
    List<String> town = List.of(COMMUNITY_CLERK, "qingshi-clerk");
    Map<String, Object> eightHaves = new LinkedHashMap<>();
    for (String item : List.of("hasNameplate", "hasApproval", "hasSeal", "hasFunds", "hasPremises", "hasRules", "hasActivities", "hasArchives")) {
      eightHaves.put(item, true);
    }
    return new AttackedProcess(
        KEY,
        COMMUNITY,
        COMMUNITY_CLERK,
        List.of("xijie-clerk", "hepan-clerk", TOWN_CLERK, "county-clerk"),
        fixtures -> startForm(fixtures.newCreditCode(), 20),
        fixtures -> Map.of("enterpriseId", fixtures.newEnterprise(COMMUNITY_CLERK)),
        fixtures -> {
          Map<String, Object> forged = new LinkedHashMap<>();
          forged.put("approverUnitCode", COMMUNITY); // the community would approve its own report
          forged.put("orgUnitCode", "SFX-CG-XJ"); // the case would move to another community
          forged.put("enterpriseId", fixtures.newEnterprise("xijie-clerk")); // another community's enterprise
          forged.put("eightHavesDelay", "garbage"); // breaks the 登记新工会 job
          forged.put("rectificationPeriod", "P99999999999999999999D");
          forged.put("approvingLevel", "COMMUNITY_UNION");
          forged.put("requiredStructures", List.of());
          forged.put("missing", List.of());
          forged.put("candidatesApproved", true);
          forged.put("unionCode", COMMUNITY + "-E1");
          forged.put("memberCount", 999);
          return forged;
        },
        List.of("Task_RegisterMembers", "Task_EstablishUnion"),
        FoundingUnderAttack::startCase,
        "Task_AgreePreparatoryGroup",
        List.of(
            new TaskTarget("Task_RecordPartyNomination", COMMUNITY_CLERK, community, Map.of(),
                Map.of("partyOrganisationName", "东街示范党支部", "nominationDate", "2025-05-20", "preparatoryMembers", PREPARATORY_GROUP)),
            new TaskTarget("Task_AgreePreparatoryGroup", COMMUNITY_CLERK, community, Map.of(),
                Map.of("consultationDate", "2025-05-20", "preparatoryMembers", PREPARATORY_GROUP)),
            new TaskTarget("Task_SubmitFoundingReport", COMMUNITY_CLERK, community, Map.of(),
                Map.of("reportDate", "2025-05-21", "reportSummary", "拟成立工会委员会")),
            new TaskTarget("Task_ReviewFoundingReport", TOWN_CLERK, town, approver, Map.of("reportDecision", "APPROVE")),
            new TaskTarget("Task_RecordPublicity", COMMUNITY_CLERK, community, Map.of(),
                Map.of("publicityDate", "2025-05-22", "publicityMeans", "职工大会、宣传栏", "employeesReached", 18)),
            new TaskTarget("Task_RegisterMembers", COMMUNITY_CLERK, community, Map.of(), Map.of("memberRows", memberRows(10))),
            new TaskTarget("Task_RecordJointUnionAccession", COMMUNITY_CLERK, community, Map.of(),
                Map.of("jointUnionName", "城关镇东街联合工会", "accessionDate", "2025-06-01")),
            new TaskTarget("Task_NominateCandidates", COMMUNITY_CLERK, community, structures,
                Map.of("nominationMethod", "DEMOCRATIC", "candidateRows", "会员1," + id(0, true) + ",主席,否")),
            new TaskTarget("Task_RecordPartyApproval", COMMUNITY_CLERK, community, Map.of(), Map.of("partyCandidateDecision", "APPROVE")),
            new TaskTarget("Task_ApproveCandidates", TOWN_CLERK, town, approver, Map.of("superiorCandidateDecision", "APPROVE")),
            new TaskTarget("Task_RecordElection", COMMUNITY_CLERK, community, structures,
                Map.of("assemblyType", "MEMBERS_ASSEMBLY", "electionDate", "2025-06-10", "votersPresent", 8, "electedRows", "会员1,主席")),
            new TaskTarget("Task_ReviewElectionResult", TOWN_CLERK, town, approver,
                Map.of("electionDecision", "APPROVE", "approvalNumber", "城工复〔2025〕1号")),
            new TaskTarget("Task_CheckEightHaves", COMMUNITY_CLERK, community, Map.of(), eightHaves),
            new TaskTarget("Task_RectifyEightHaves", COMMUNITY_CLERK, community, Map.of(), Map.of("rectificationNote", "已刻制印章"))),
        List.of(
            new AttackedProcess.ApiTarget(
                "/api/enterprises", fixtures -> startForm(fixtures.newCreditCode(), 20), "enterpriseName", "employeeCount", null, 201),
            new AttackedProcess.ApiTarget(
                "/api/union-foundings", fixtures -> startForm(fixtures.newCreditCode(), 20), "enterpriseName", "employeeCount", "enterpriseId", 201)),
        List.of("eightHavesDelay", "rectificationPeriod"),
        Map.of("communityCode", COMMUNITY));
  }

  static final String PREPARATORY_GROUP = "刘洋,上级工会\n陈静,职工代表\n吴刚,企业代表";

  /** The start form of a new enterprise of 东街 with {@code employees} employees (no party organisation). */
  static Map<String, Object> startForm(String creditCode, int employees) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("enterpriseName", "攻击测试企业" + creditCode.substring(11, 17));
    form.put("creditCode", creditCode);
    form.put("address", "城关镇东街1号");
    form.put("ownerName", "郑国强");
    form.put("employeeCount", employees);
    form.put("femaleEmployeeCount", employees / 2);
    form.put("hasPartyOrganisation", false);
    return form;
  }

  /** A founding of a new enterprise of a community started by the system, waiting in 协商成立筹备组. */
  static String startCase(Fixtures fixtures, String community) {
    Map<String, Object> variables = new LinkedHashMap<>(startForm(fixtures.newCreditCode(), 20));
    variables.put("communityCode", community);
    return fixtures.engine().getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
  }

  /** {@code count} members of whom the first half are women, one a line: 姓名,居民身份证号码,性别,车间/班组. */
  static String memberRows(int count) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean woman = i < count / 2;
      rows.add("会员" + (i + 1) + "," + id(i, woman) + "," + (woman ? "女" : "男") + ",一车间");
    }
    return String.join("\n", rows);
  }

  static String id(int index, boolean woman) {
    String first17 = "62010219900101" + String.format("%03d", index * 2 + (woman ? 2 : 1));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
