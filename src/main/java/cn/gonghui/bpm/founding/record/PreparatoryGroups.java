package cn.gonghui.bpm.founding.record;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreparatoryGroups extends JpaRepository<PreparatoryGroup, Long> {

  java.util.Optional<PreparatoryGroup> findByProcessInstanceId(String processInstanceId);
}
