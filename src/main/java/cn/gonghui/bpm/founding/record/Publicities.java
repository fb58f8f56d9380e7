package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Publicities extends JpaRepository<Publicity, Long> {

  List<Publicity> findByProcessInstanceIdOrderById(String processInstanceId);
}
