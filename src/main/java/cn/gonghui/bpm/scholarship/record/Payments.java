package cn.gonghui.bpm.scholarship.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, Long> {

  List<Payment> findByGrantIdOrderByYearIndex(long grantId);

  List<Payment> findByCampaignIdOrderByIdAsc(long campaignId);

}
