package cn.gonghui.bpm.founding.record;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FoundedUnions extends JpaRepository<FoundedUnion, String> {

  java.util.Optional<FoundedUnion> findByEnterpriseId(long enterpriseId);
}
