package cn.gonghui.bpm.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo org data is loaded into units and Camunda groups, and routing finds the right level. */
class OrgUnitServiceTest extends PostgresIntegrationTest {

  @Autowired OrgUnitService orgUnits;
  @Autowired OrgUnitRepository units;
  @Autowired IdentityService identity;

  @Test
  void routingFindsTheUnitOfTheRequestedLevelAboveACommunity() {
    assertThat(orgUnits.findUnitAtOrAbove("SFX-CG-DJ", OrgLevel.COMMUNITY_UNION).getCode()).isEqualTo("SFX-CG-DJ");
    assertThat(orgUnits.findUnitAtOrAbove("SFX-CG-DJ", OrgLevel.TOWN_UNION).getCode()).isEqualTo("SFX-CG");
    assertThat(orgUnits.findUnitAtOrAbove("SFX-QS-HP", OrgLevel.TOWN_UNION).getCode()).isEqualTo("SFX-QS");
    assertThat(orgUnits.findUnitAtOrAbove("SFX-QS-HP", OrgLevel.COUNTY_FEDERATION).getCode()).isEqualTo("SFX");
  }

  @Test
  void everyUnitHasAClerksAndAManagersGroupAndTheCountyItsBodies() {
    for (OrgUnit unit : orgUnits.supervisoryTree("SFX")) {
      assertThat(identity.createGroupQuery().groupId(OrgGroups.unitGroup(unit.getCode())).singleResult().getName())
          .isEqualTo(unit.getName());
      assertThat(identity.createGroupQuery().groupId(OrgGroups.managersGroup(unit.getCode())).count()).isOne();
    }
    assertThat(identity.createGroupQuery().groupId(OrgGroups.chairMeetingGroup("SFX")).singleResult().getName())
        .contains("主席会议");
    assertThat(identity.createGroupQuery().groupId(OrgGroups.aidCentreGroup("SFX")).singleResult().getName())
        .contains("职工维权帮扶中心");
  }

  @Test
  void theSupervisoryTreeOfATownHoldsItsCommunitiesButNoGrassrootsUnion() {
    assertThat(orgUnits.supervisoryTree("SFX-CG"))
        .extracting(OrgUnit::getCode)
        .containsExactly("SFX-CG", "SFX-CG-DJ", "SFX-CG-XJ");
  }

  @Test
  void theCountysTreeAndGrassrootsUnionsAreTheOnesAWalkUnitByUnitFinds() {
    // the walk the service did before reading the tree in two queries: breadth first, one query per unit
    java.util.List<String> tree = new java.util.ArrayList<>();
    java.util.List<String> grassroots = new java.util.ArrayList<>();
    java.util.Deque<OrgUnit> queue = new java.util.ArrayDeque<>(java.util.List.of(orgUnits.require("SFX")));
    while (!queue.isEmpty()) {
      OrgUnit unit = queue.poll();
      tree.add(unit.getCode());
      if (unit.getLevel() != OrgLevel.COMMUNITY_UNION) {
        queue.addAll(units.findByParentCodeAndActiveTrueOrderByCode(unit.getCode()));
      }
    }
    for (String code : java.util.List.copyOf(tree)) {
      if (orgUnits.require(code).getLevel() == OrgLevel.COMMUNITY_UNION) {
        units.findByParentCodeAndActiveTrueOrderByCode(code).forEach(u -> grassroots.add(u.getCode()));
      } else if (orgUnits.require(code).getLevel() == OrgLevel.GRASSROOTS_UNION) {
        grassroots.add(code);
      }
    }
    assertThat(orgUnits.supervisoryTree("SFX")).extracting(OrgUnit::getCode).containsExactlyElementsOf(tree);
    assertThat(orgUnits.grassrootsBelow("SFX")).extracting(OrgUnit::getCode)
        .containsExactlyInAnyOrderElementsOf(grassroots)
        .contains("SFX-JY-BT", "SFX-JY-YZ", "SFX-JY-CX");
    assertThat(orgUnits.grassrootsBelow("SFX-JY")).extracting(OrgUnit::getCode).containsExactly("SFX-JY-BT", "SFX-JY-CX", "SFX-JY-YZ");
    assertThat(orgUnits.grassrootsBelow("SFX-JY-BT")).extracting(OrgUnit::getCode).containsExactly("SFX-JY-BT");
  }

  @Test
  void demoCountyHasTwoTownsWithTwoCommunitiesEachAndAnEducationUnionWithItsSchools() {
    assertThat(units.findByParentCodeAndActiveTrueOrderByCode("SFX"))
        .extracting(OrgUnit::getLevel)
        .containsExactly(OrgLevel.TOWN_UNION, OrgLevel.INDUSTRY_UNION, OrgLevel.TOWN_UNION);
    assertThat(units.findByParentCodeAndActiveTrueOrderByCode("SFX-JY"))
        .hasSize(3)
        .allMatch(school -> school.getLevel() == OrgLevel.GRASSROOTS_UNION);
    // the education union's tree holds its schools
    assertThat(orgUnits.supervisoryTree("SFX-JY")).extracting(OrgUnit::getCode).contains("SFX-JY-BT", "SFX-JY-YZ", "SFX-JY-CX");
    for (OrgUnit town : units.findByParentCodeAndActiveTrueOrderByCode("SFX").stream().filter(u -> u.getLevel() == OrgLevel.TOWN_UNION).toList()) {
      assertThat(town.getLevel()).isEqualTo(OrgLevel.TOWN_UNION);
      assertThat(units.findByParentCodeAndActiveTrueOrderByCode(town.getCode()))
          .hasSizeGreaterThanOrEqualTo(2)
          .allMatch(community -> community.getLevel() == OrgLevel.COMMUNITY_UNION);
    }
  }

  @Test
  void aDemoClerkBelongsToExactlyTheirOwnUnit() {
    assertThat(orgUnits.unitsOfUser("dongjie-clerk")).extracting(OrgUnit::getCode).containsExactly("SFX-CG-DJ");
    assertThat(orgUnits.unitsOfUser("chengguan-manager")).extracting(OrgUnit::getCode).containsExactly("SFX-CG");
  }
}
