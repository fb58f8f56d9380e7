package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Elections extends JpaRepository<Election, Long> {

  List<Election> findByProcessInstanceIdOrderById(String processInstanceId);
}
