package cn.gonghui.bpm.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken org data file stops the start-up with a message that names the unit. */
class OrgDataFileValidationTest {

  private static OrgDataFile.Unit unit(String code, OrgLevel level, String parent) {
    return new OrgDataFile.Unit(code, code + "工会", level, parent);
  }

  @Test
  void aWellFormedTreeIsAccepted() {
    assertThatCode(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1,
                        List.of(
                            unit("C", OrgLevel.COUNTY_FEDERATION, null),
                            unit("C-T", OrgLevel.TOWN_UNION, "C"),
                            unit("C-T-X", OrgLevel.COMMUNITY_UNION, "C-T")))))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnknownParentIsRefused() {
    assertThatThrownBy(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1, List.of(unit("C", OrgLevel.COUNTY_FEDERATION, null), unit("T", OrgLevel.TOWN_UNION, "X")))))
        .hasMessageContaining("T")
        .hasMessageContaining("unknown parent");
  }

  @Test
  void aCommunityDirectlyUnderTheCountyIsRefused() {
    assertThatThrownBy(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1,
                        List.of(unit("C", OrgLevel.COUNTY_FEDERATION, null), unit("X", OrgLevel.COMMUNITY_UNION, "C")))))
        .hasMessageContaining("cannot sit under");
  }

  @Test
  void schoolsSitUnderTheCountysEducationUnionButNotUnderATown() {
    assertThatCode(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1,
                        List.of(
                            unit("C", OrgLevel.COUNTY_FEDERATION, null),
                            unit("C-JY", OrgLevel.INDUSTRY_UNION, "C"),
                            unit("C-JY-S", OrgLevel.GRASSROOTS_UNION, "C-JY")))))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1,
                        List.of(
                            unit("C", OrgLevel.COUNTY_FEDERATION, null),
                            unit("C-T", OrgLevel.TOWN_UNION, "C"),
                            unit("C-T-S", OrgLevel.GRASSROOTS_UNION, "C-T")))))
        .hasMessageContaining("cannot sit under");
    assertThatThrownBy(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1, List.of(unit("C", OrgLevel.COUNTY_FEDERATION, null), unit("C-T-JY", OrgLevel.INDUSTRY_UNION, "C-X")))))
        .hasMessageContaining("unknown parent");
  }

  @Test
  void aDuplicateCodeIsRefused() {
    assertThatThrownBy(
            () ->
                OrgDataSynchronizer.validate(
                    new OrgDataFile(
                        1, List.of(unit("C", OrgLevel.COUNTY_FEDERATION, null), unit("C", OrgLevel.COUNTY_FEDERATION, null)))))
        .hasMessageContaining("twice");
  }
}
