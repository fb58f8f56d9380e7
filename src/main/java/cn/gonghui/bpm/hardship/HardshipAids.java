package cn.gonghui.bpm.hardship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HardshipAids extends JpaRepository<HardshipAid, Long> {

  List<HardshipAid> findByFileIdOrderByPaidOnAscIdAsc(long fileId);

  List<HardshipAid> findByProcessInstanceIdOrderById(String processInstanceId);

  boolean existsByBeneficiaryIdNumberAndKindIn(String beneficiaryIdNumber, Collection<AidKind> kinds);

  boolean existsByProcessInstanceIdAndKindAndYearAndFileId(String processInstanceId, AidKind kind, int year, long fileId);
}
