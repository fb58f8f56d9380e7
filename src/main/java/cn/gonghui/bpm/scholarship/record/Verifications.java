package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Verifications extends JpaRepository<Verification, Long> {

  List<Verification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);
}
