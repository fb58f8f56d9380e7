package cn.gonghui.bpm.hardship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HardshipFiles extends JpaRepository<HardshipFile, Long> {

  Optional<HardshipFile> findByIdNumber(String idNumber);

  /** The files kept by these units or by a unit directly below one of them (a community's grassroots unions). */
  @Query(
      """
      select f from HardshipFile f, cn.gonghui.bpm.organisation.OrgUnit u
      where u.code = f.keepingUnitCode and (u.code in :units or u.parentCode in :units)
      order by f.keepingUnitCode, f.workerName, f.id
      """)
  List<HardshipFile> keptWithin(@Param("units") Collection<String> units, Pageable page);

  @Query(
      """
      select count(f) from HardshipFile f, cn.gonghui.bpm.organisation.OrgUnit u
      where u.code = f.keepingUnitCode and (u.code in :units or u.parentCode in :units)
      """)
  long countKeptWithin(@Param("units") Collection<String> units);

  /** Households per keeping unit and category, counted by the database. */
  @Query(
      """
      select f.keepingUnitCode as unitCode, f.category as category, count(f) as households
      from HardshipFile f, cn.gonghui.bpm.organisation.OrgUnit u
      where u.code = f.keepingUnitCode and (u.code in :units or u.parentCode in :units)
      group by f.keepingUnitCode, f.category
      """)
  List<CategoryCount> countByCategory(@Param("units") Collection<String> units);

  /** One group of {@link #countByCategory}. */
  interface CategoryCount {
    String getUnitCode();

    HardshipCategory getCategory();

    long getHouseholds();
  }
}
