package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaterialChecks extends JpaRepository<MaterialCheck, Long> {

  List<MaterialCheck> findByProcessInstanceIdOrderByRoundAscIdAsc(String processInstanceId);
}
