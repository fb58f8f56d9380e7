package cn.gonghui.bpm.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

  Optional<Enterprise> findByCreditCode(String creditCode);

  List<Enterprise> findByCommunityCodeInOrderByCommunityCodeAscNameAsc(Collection<String> communityCodes, Pageable page);

  long countByCommunityCodeIn(Collection<String> communityCodes);

  /** The ledger's figures per community and status, counted by the database (index community_code, status). */
  @Query(
      """
      select e.communityCode as communityCode, e.status as status, count(e) as enterprises,
             coalesce(sum(e.employeeCount), 0) as employees, coalesce(sum(e.memberCount), 0) as members,
             sum(case when e.unionCode is not null then 1 else 0 end) as ownUnions
      from Enterprise e
      where e.communityCode in :communities
      group by e.communityCode, e.status
      """)
  List<StatusFigures> figuresByCommunityAndStatus(@Param("communities") Collection<String> communityCodes);

  /** One group of {@link #figuresByCommunityAndStatus}. */
  interface StatusFigures {
    String getCommunityCode();

    EnterpriseStatus getStatus();

    long getEnterprises();

    long getEmployees();

    long getMembers();

    long getOwnUnions();
  }
}
