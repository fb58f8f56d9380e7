package cn.gonghui.bpm.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

  List<OrgUnit> findByParentCodeAndActiveTrueOrderByCode(String parentCode);

  List<OrgUnit> findBySource(OrgUnit.Source source);

  List<OrgUnit> findByParentCodeInAndActiveTrue(java.util.Collection<String> parentCodes);
}
