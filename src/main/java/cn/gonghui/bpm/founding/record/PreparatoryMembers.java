package cn.gonghui.bpm.founding.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreparatoryMembers extends JpaRepository<PreparatoryMember, Long> {

  List<PreparatoryMember> findByProcessInstanceIdOrderById(String processInstanceId);
}
