package cn.gonghui.bpm.bench;

import cn.gonghui.bpm.organisation.OrgGroups;
import cn.gonghui.bpm.platform.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's county: 1 county federation, 40 towns, 25 communities per town (1,000), a clerk per
 * community, a manager for the county and for every town, and an analyst who evaluates decisions. Beside the towns
 * the county's education union (an industry union, {@code BX-JY}) with its schools' unions ({@code BX-JY-S001}…,
 * grassroots unions), for 金秋助学 and 双走访: a clerk per school, a clerk and a manager of the education union, a
 * clerk of the county federation (starts its 金秋助学 campaign) and of its 职工维权帮扶中心 ({@code BX.aid-centre}, the
 * body the platform makes for every county: registers and checks applications).
 */
final class BenchOrgTree {

  static final String COUNTY = "BX";
  static final int TOWNS = 40;
  static final int COMMUNITIES_PER_TOWN = 25;
  static final String PASSWORD = "Bench-Secret-1";
  static final String ANALYST = "bench-analyst";
  static final String EDUCATION_UNION = COUNTY + "-JY";
  static final String AID_CENTRE = OrgGroups.aidCentreGroup(COUNTY);
  static final int SCHOOLS = 200;

  final List<String> towns = new ArrayList<>();
  final List<String> communities = new ArrayList<>();
  final List<String> schools = new ArrayList<>();

  BenchOrgTree() {
    this(SCHOOLS);
  }

  BenchOrgTree(int schoolCount) {
    for (int s = 1; s <= schoolCount; s++) {
      schools.add(EDUCATION_UNION + "-S%03d".formatted(s));
    }
    for (int t = 1; t <= TOWNS; t++) {
      String town = COUNTY + "-T%02d".formatted(t);
      towns.add(town);
      for (int c = 1; c <= COMMUNITIES_PER_TOWN; c++) {
        communities.add(town + "-C%02d".formatted(c));
      }
    }
  }

  static String clerk(String unit) {
    return "c-" + unit;
  }

  static String manager(String unit) {
    return "m-" + unit;
  }

  /** The org data file the application reads at start-up (GONGHUI_ORG_DATA_FILE). */
  Path writeDataFile(Path file) throws IOException {
    List<Map<String, Object>> units = new ArrayList<>();
    units.add(unit(COUNTY, "标杆县总工会", "COUNTY_FEDERATION", null));
    for (int t = 0; t < towns.size(); t++) {
      units.add(unit(towns.get(t), "第" + (t + 1) + "镇工会", "TOWN_UNION", COUNTY));
    }
    for (String community : communities) {
      String town = community.substring(0, community.lastIndexOf('-'));
      units.add(unit(community, community + "社区工会", "COMMUNITY_UNION", town));
    }
    units.add(unit(EDUCATION_UNION, "标杆县教育工会", "INDUSTRY_UNION", COUNTY));
    for (int s = 0; s < schools.size(); s++) {
      units.add(unit(schools.get(s), s < 40 ? "标杆县第" + (s + 1) + "中学工会" : "标杆县第" + (s - 39) + "小学工会", "GRASSROOTS_UNION", EDUCATION_UNION));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("version", 1);
    data.put("units", units);
    Files.createDirectories(file.getParent());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), data);
    return file;
  }

  private static Map<String, Object> unit(String code, String name, String level, String parent) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("code", code);
    unit.put("name", name);
    unit.put("level", level);
    if (parent != null) {
      unit.put("parent", parent);
    }
    return unit;
  }

  /** How many users {@link #createUsers} creates. */
  int userCount() {
    return communities.size() + towns.size() + 2 + 4 + schools.size();
  }

  /** Clerks, managers and the analyst, as an administrator would put them in Admin; idempotent. */
  void createUsers(IdentityService identity, TransactionTemplate tx) {
    if (identity.createUserQuery().userId(ANALYST).count() > 0) {
      return;
    }
    tx.executeWithoutResult(status -> {
      for (String community : communities) {
        user(identity, clerk(community), List.of(Roles.CLERKS, OrgGroups.unitGroup(community)));
      }
      user(identity, manager(COUNTY), List.of(Roles.MANAGERS, OrgGroups.managersGroup(COUNTY)));
      for (String town : towns) {
        user(identity, manager(town), List.of(Roles.MANAGERS, OrgGroups.managersGroup(town)));
      }
      user(identity, ANALYST, List.of(Roles.ANALYSTS));
      user(identity, clerk(COUNTY), List.of(Roles.CLERKS, OrgGroups.unitGroup(COUNTY)));
      user(identity, clerk(AID_CENTRE), List.of(Roles.CLERKS, AID_CENTRE));
      user(identity, clerk(EDUCATION_UNION), List.of(Roles.CLERKS, OrgGroups.unitGroup(EDUCATION_UNION)));
      user(identity, manager(EDUCATION_UNION), List.of(Roles.MANAGERS, OrgGroups.managersGroup(EDUCATION_UNION)));
      for (String school : schools) {
        user(identity, clerk(school), List.of(Roles.CLERKS, OrgGroups.unitGroup(school)));
      }
    });
  }

  private static void user(IdentityService identity, String id, List<String> groups) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("基准");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
