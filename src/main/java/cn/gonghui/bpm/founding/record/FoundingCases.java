package cn.gonghui.bpm.founding.record;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FoundingCases extends JpaRepository<FoundingCase, Long> {

  Optional<FoundingCase> findByProcessInstanceId(String processInstanceId);

  List<FoundingCase> findByEnterpriseIdOrderByIdDesc(long enterpriseId);

  /** The open cases of a community's enterprises, by enterprise name. */
  @Query(
      """
      select c from FoundingCase c, cn.gonghui.bpm.enterprise.Enterprise e
      where e.id = c.enterpriseId and e.communityCode = :community
        and c.outcome = cn.gonghui.bpm.founding.record.FoundingCase.Outcome.OPEN
      order by e.name
      """)
  List<FoundingCase> openIn(@Param("community") String communityCode);

  /** The latest case of each of these enterprises (the one the ledger shows as current). */
  @Query(
      """
      select c from FoundingCase c
      where c.enterpriseId in :enterprises
        and c.id = (select max(d.id) from FoundingCase d where d.enterpriseId = c.enterpriseId)
      """)
  List<FoundingCase> latestOf(@Param("enterprises") Collection<Long> enterpriseIds);
}
