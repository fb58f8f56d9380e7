package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FoundingReports extends JpaRepository<FoundingReport, Long> {

  List<FoundingReport> findByProcessInstanceIdOrderById(String processInstanceId);
}
