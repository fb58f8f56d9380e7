package cn.gonghui.bpm.founding.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

  Optional<Enterprise> findByCreditCode(String creditCode);

  List<Enterprise> findByCommunityCodeInOrderByCommunityCodeAscNameAsc(Collection<String> communityCodes);
}
