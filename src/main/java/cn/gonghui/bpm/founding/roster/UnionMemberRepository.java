package cn.gonghui.bpm.founding.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnionMemberRepository extends JpaRepository<UnionMember, Long> {

  List<UnionMember> findByEnterpriseIdOrderById(long enterpriseId);

  long countByEnterpriseId(long enterpriseId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from UnionMember m where m.enterpriseId = :enterpriseId")
  void deleteByEnterpriseId(long enterpriseId);
}
