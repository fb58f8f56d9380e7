package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Candidates extends JpaRepository<Candidate, Long> {

  List<Candidate> findByProcessInstanceIdOrderById(String processInstanceId);
}
