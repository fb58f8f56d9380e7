package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EightHavesChecks extends JpaRepository<EightHavesCheck, Long> {

  List<EightHavesCheck> findByProcessInstanceIdOrderById(String processInstanceId);
}
