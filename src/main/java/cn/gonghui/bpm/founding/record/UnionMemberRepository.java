package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnionMemberRepository extends JpaRepository<UnionMember, Long> {

  List<UnionMember> findByProcessInstanceIdOrderById(String processInstanceId);

  long countByProcessInstanceId(String processInstanceId);

  /** Clears a case's roster before a corrected one replaces it (within the same case only). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from UnionMember m where m.processInstanceId = :processInstanceId")
  void deleteByProcessInstanceId(String processInstanceId);
}
