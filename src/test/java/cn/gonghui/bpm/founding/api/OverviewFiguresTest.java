package cn.gonghui.bpm.founding.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.enterprise.EnterpriseRepository;
import cn.gonghui.bpm.enterprise.EnterpriseStatus;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import org.junit.jupiter.api.Test;

/** The rates of the 三个清楚 overview say what they divide. */
class OverviewFiguresTest {

  @Test
  void aCommunityWithOneStandardUnionAndThreeFoundingsShowsA25PercentUnionShareNextToItsStandardShare() {
    OverviewService.Figures figures = new OverviewService.Figures();
    figures.add(group(EnterpriseStatus.STANDARD_MET, 1, 1));
    figures.add(group(EnterpriseStatus.FOUNDING, 3, 0));

    OverviewService.Row row =
        figures.row(new OrgUnit("SFX-CG-DJ", "城关镇东街社区工会", OrgLevel.COMMUNITY_UNION, "SFX-CG", OrgUnit.Source.DATA_FILE));

    assertThat(row.enterprises()).isEqualTo(4);
    assertThat(row.unionShare()).isEqualTo(0.25);
    assertThat(row.unionShareOf()).isEqualTo("已建会企业（含加入联合工会的）÷ 台帐企业数");
    assertThat(row.standardMetShare()).isEqualTo(1.0);
    assertThat(row.standardMetShareOf()).isEqualTo("“八有”达标的独立工会 ÷ 已独立建会的工会数");
    assertThat(row.targetMet()).isTrue();
  }

  private static EnterpriseRepository.StatusFigures group(EnterpriseStatus status, long enterprises, long ownUnions) {
    return new EnterpriseRepository.StatusFigures() {
      public String getCommunityCode() {
        return "SFX-CG-DJ";
      }

      public EnterpriseStatus getStatus() {
        return status;
      }

      public long getEnterprises() {
        return enterprises;
      }

      public long getEmployees() {
        return enterprises * 10;
      }

      public long getMembers() {
        return 0;
      }

      public long getOwnUnions() {
        return ownUnions;
      }
    };
  }
}
