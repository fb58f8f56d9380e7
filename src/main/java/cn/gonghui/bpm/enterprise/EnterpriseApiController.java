package cn.gonghui.bpm.enterprise;

import static cn.gonghui.bpm.enterprise.EnterpriseFields.COMMUNITY_CODE;

import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.UnitAccess;
import cn.gonghui.bpm.platform.CurrentUser;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api of the enterprise ledger (企业台帐): register an enterprise for the clerk's community union, list a
 * unit's ledger page by page. Authenticated by HTTP Basic or the web apps' session (platform); errors are
 * answered by the platform (400 with the field and a Chinese message, 403, 404, 409).
 */
@RestController
public class EnterpriseApiController {

  static final int MAX_PAGE_SIZE = 1000;
  public static final String TOTAL_COUNT = "X-Total-Count";

  private final LedgerService ledger;
  private final UnitAccess access;
  private final CurrentUser currentUser;
  public EnterpriseApiController(LedgerService ledger, UnitAccess access, CurrentUser currentUser) {
    this.ledger = ledger;
    this.access = access;
    this.currentUser = currentUser;
  }

  /** Registers (or updates) an enterprise in the ledger of the clerk's community union. */
  @PostMapping("/api/enterprises")
  public ResponseEntity<EnterpriseView> register(@RequestBody Map<String, Object> body) {
    EnterpriseDetails details = EnterpriseDetails.from(body);
    String community =
        ledger.communityOf(currentUser.id(), FormInput.of(body).optionalText(COMMUNITY_CODE, "所属社区工会", 64));
    Enterprise enterprise = ledger.register(details, community, currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(EnterpriseView.of(enterprise));
  }

  /**
   * The ledger of a community union (or, for its managers, of every community below a town or county union), page by page
   * ({@code page} from 0, {@code size} up to 1000, default 200); the header X-Total-Count gives the total.
   */
  @GetMapping("/api/enterprises")
  public ResponseEntity<List<EnterpriseView>> list(
      @RequestParam("community") String unitCode,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "200") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "页码", "不能小于0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "每页条数", "应在1到" + MAX_PAGE_SIZE + "之间");
    }
    // a clerk reads their own unit's ledger; a manager (or administrator) also the units below
    List<String> communities =
        access.scope(unitCode).stream()
            .filter(u -> u.getLevel() == OrgLevel.COMMUNITY_UNION)
            .map(OrgUnit::getCode)
            .toList();
    if (communities.isEmpty()) {
      return ResponseEntity.ok().header(TOTAL_COUNT, "0").body(List.of());
    }
    return ResponseEntity.ok()
        .header(TOTAL_COUNT, String.valueOf(ledger.countInCommunities(communities)))
        .body(ledger.inCommunities(communities, page, size).stream().map(EnterpriseView::of).toList());
  }
}
