package cn.gonghui.bpm.enterprise;

import cn.gonghui.bpm.platform.StartupStep;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few fictional enterprises (valid credit codes) in the demo county's communities,
 * when the ledger is empty, so clerks can start a founding straight away.
 */
@Component
@Profile("demo")
@Order(50)
public class DemoEnterprises implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DemoEnterprises.class);

  /** Fictional enterprises: community, name, credit code, address, owner, employees, women, party. */
  static final List<Object[]> ENTERPRISES =
      List.of(
          new Object[] {"SFX-CG-DJ", "示范县宏达商贸有限公司", "91620102MA71K3R503", "城关镇东街56号", "钱宏达", 60, 14, true},
          new Object[] {"SFX-CG-DJ", "东街小林餐饮店", "92620102MA71L4T6XF", "城关镇东街3号", "林小军", 6, 3, false},
          new Object[] {"SFX-CG-XJ", "西街彩印有限公司", "91620102MA71N9P7GX", "城关镇西街21号", "孙建国", 12, 5, false},
          new Object[] {"SFX-QS-HP", "河畔农产品加工有限公司", "91620423MA72A8B3CL", "青石镇河畔路8号", "周长河", 25, 11, true},
          new Object[] {"SFX-QS-SL", "山麓建材有限公司", "91620423MA72C1D5E5", "青石镇山麓村", "吴山", 45, 4, false});

  private final LedgerService ledger;

  public DemoEnterprises(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Override
  public void run() {
    if (!ledger.isEmpty()) {
      return;
    }
    for (Object[] e : ENTERPRISES) {
      ledger.register(
          EnterpriseDetails.from(
              Map.of(
                  "enterpriseName", e[1],
                  "creditCode", e[2],
                  "address", e[3],
                  "ownerName", e[4],
                  "employeeCount", e[5],
                  "femaleEmployeeCount", e[6],
                  "hasPartyOrganisation", e[7])),
          (String) e[0],
          "demo");
    }
    LOG.info("Demo ledger: {} sample enterprises registered", ENTERPRISES.size());
  }
}
