package cn.gonghui.bpm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A unit's supervisory tree is read from the units below it only: a province's database holds many counties,
 * and a county manager's overview must not read (or grow with) the units of the others.
 */
class SupervisoryTreeReadsTest {

  private final Map<String, OrgUnit> units = new LinkedHashMap<>();
  private final List<String> unitsRead = new ArrayList<>();
  private final OrgUnitService service;

  SupervisoryTreeReadsTest() {
    for (String county : List.of("AX", "BX")) {
      unit(county, OrgLevel.COUNTY_FEDERATION, null);
      unit(county + "-T2", OrgLevel.TOWN_UNION, county);
      unit(county + "-T1", OrgLevel.TOWN_UNION, county);
      unit(county + "-T1-C1", OrgLevel.COMMUNITY_UNION, county + "-T1");
      unit(county + "-T1-C1-E1", OrgLevel.GRASSROOTS_UNION, county + "-T1-C1");
      unit(county + "-T2-C1", OrgLevel.COMMUNITY_UNION, county + "-T2");
      unit(county + "-JY", OrgLevel.INDUSTRY_UNION, county);
      unit(county + "-JY-S2", OrgLevel.GRASSROOTS_UNION, county + "-JY");
      unit(county + "-JY-S1", OrgLevel.GRASSROOTS_UNION, county + "-JY");
    }
    OrgUnitRepository repository = mock(OrgUnitRepository.class);
    when(repository.findById(anyString())).thenAnswer(call -> read(units.get(call.<String>getArgument(0))));
    when(repository.findByParentCodeInAndActiveTrue(anyCollection())).thenAnswer(call -> {
      Collection<String> parents = call.getArgument(0);
      List<OrgUnit> children = units.values().stream().filter(u -> parents.contains(u.getParentCode())).toList();
      children.forEach(u -> unitsRead.add(u.getCode()));
      return children;
    });
    service = new OrgUnitService(repository, null);
  }

  @Test
  void aCountysTreeIsReadFromItsOwnUnitsOnly() {
    assertThat(service.supervisoryTree("AX")).extracting(OrgUnit::getCode)
        .containsExactly("AX", "AX-JY", "AX-T1", "AX-T2", "AX-JY-S1", "AX-JY-S2", "AX-T1-C1", "AX-T2-C1");
    assertThat(unitsRead).isNotEmpty().allMatch(code -> code.startsWith("AX"));
  }

  @Test
  void aTownsTreeIsReadFromItsOwnUnitsOnly() {
    assertThat(service.supervisoryTree("BX-T1")).extracting(OrgUnit::getCode).containsExactly("BX-T1", "BX-T1-C1");
    assertThat(unitsRead).isNotEmpty().allMatch(code -> code.startsWith("BX-T1"));
  }

  private void unit(String code, OrgLevel level, String parent) {
    units.put(code, new OrgUnit(code, code, level, parent, OrgUnit.Source.DATA_FILE));
  }

  private Optional<OrgUnit> read(OrgUnit unit) {
    if (unit != null) {
      unitsRead.add(unit.getCode());
    }
    return Optional.ofNullable(unit);
  }
}
