package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Candidates extends JpaRepository<Candidate, Long> {

  List<Candidate> findByEnterpriseIdOrderById(long enterpriseId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from Candidate c where c.enterpriseId = :enterpriseId")
  void deleteByEnterpriseId(long enterpriseId);
}
