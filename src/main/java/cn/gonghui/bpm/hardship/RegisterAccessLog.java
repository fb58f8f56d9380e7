package cn.gonghui.bpm.hardship;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterAccessLog extends JpaRepository<RegisterAccessEntry, Long> {

  List<RegisterAccessEntry> findByAtBetweenOrderByIdAsc(Instant from, Instant to, Pageable page);

  List<RegisterAccessEntry> findByFileIdOrderByIdAsc(Long fileId);
}
