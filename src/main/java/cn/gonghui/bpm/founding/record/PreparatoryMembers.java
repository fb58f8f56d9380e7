package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PreparatoryMembers extends JpaRepository<PreparatoryMember, Long> {

  List<PreparatoryMember> findByEnterpriseIdOrderById(long enterpriseId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from PreparatoryMember m where m.enterpriseId = :enterpriseId")
  void deleteByEnterpriseId(long enterpriseId);
}
