package cn.gonghui.bpm.hardship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HardshipVisits extends JpaRepository<HardshipVisit, Long> {

  List<HardshipVisit> findByFileIdOrderByVisitDateAscIdAsc(long fileId);

  List<HardshipVisit> findByProcessInstanceIdOrderById(String processInstanceId);
}
