package cn.gonghui.bpm.twovisits.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProblemSteps extends JpaRepository<ProblemStep, Long> {

  List<ProblemStep> findByProblemIdOrderById(long problemId);
}
