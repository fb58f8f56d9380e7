package cn.gonghui.bpm.founding;

import static cn.gonghui.bpm.founding.FoundingProcess.*;

import cn.gonghui.bpm.enterprise.LedgerService;
import cn.gonghui.bpm.platform.CaseStart;
import cn.gonghui.bpm.platform.ProcessDescription;
import cn.gonghui.bpm.platform.UnitAccessDeniedException;
import cn.gonghui.bpm.platform.input.FormInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the platform needs to know about {@code union-founding}. */
@Component
public class FoundingDescription implements ProcessDescription {

  private final LedgerService ledger;

  public FoundingDescription(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  /**
   * The preparatory group, the member roster, candidates, the elected, the owner's name and address: they
   * live in the founding's records only, never in the engine's history.
   */
  /** The enterprise's name on the cards is the ledger's (the business key carries it too). */
  @Override
  public Set<String> displayCopies() {
    return Set.of(VAR_ENTERPRISE_NAME);
  }

  @Override
  public Set<String> personalDataVariables() {
    return Set.of(
        FIELD_OWNER_NAME,
        FIELD_ADDRESS,
        FIELD_PREPARATORY_MEMBERS,
        FIELD_MEMBER_ROWS,
        FIELD_CANDIDATE_ROWS,
        FIELD_ELECTED_ROWS,
        VAR_REVIEW_ITEMS);
  }

  /**
   * What only the system writes: the case's enterprise (a start may name one of the ledger, see
   * {@link #startInputs()}), the approving level and unit, the DMN results and the missing 八有 items, what
   * an approver is shown, the member count, the new union's code and the two waiting periods (administrators
   * may set these at start).
   */
  @Override
  public Set<String> systemVariables() {
    return Set.of(
        VAR_ENTERPRISE_ID,
        VAR_APPROVING_LEVEL,
        VAR_APPROVER_UNIT_CODE,
        VAR_REQUIRED_STRUCTURES,
        VAR_MISSING,
        VAR_MISSING_ITEMS,
        VAR_REVIEW_ITEMS,
        VAR_CANDIDATES_APPROVED,
        VAR_MEMBER_COUNT,
        VAR_UNION_CODE,
        VAR_EIGHT_HAVES_DELAY,
        VAR_RECTIFICATION_PERIOD);
  }

  /** A founding may start for an enterprise already in the ledger: {@code {"enterpriseId": 12}}. */
  @Override
  public Set<String> startInputs() {
    return Set.of(VAR_ENTERPRISE_ID);
  }

  /**
   * A founding belongs to the community union of its enterprise: the ledger row's community when the start
   * names an enterprise of the ledger (a clerk only for their own community's), else the community the
   * start form names or the clerk's only community.
   */
  @Override
  public String owningUnit(CaseStart start) {
    Object enterpriseId = start.variables().get(VAR_ENTERPRISE_ID);
    if (enterpriseId != null) {
      String community = ledger.forNewCase(FormInput.idOf(enterpriseId, VAR_ENTERPRISE_ID, "企业编号")).getCommunityCode();
      if (!start.mayStartFor(community)) {
        throw new UnitAccessDeniedException(VAR_ENTERPRISE_ID, "该企业登记在其他社区工会的台帐中，您不能为它发起建会");
      }
      return community;
    }
    return ledger.communityOf(start.system() ? null : start.userId(), start.text(FIELD_COMMUNITY_CODE));
  }

  /** 企业名称 and 职工人数 (which decides who approves) on every founding task card. */
  @Override
  public List<TaskCardVariable> taskCardVariables() {
    Map<String, String> cards = new LinkedHashMap<>();
    cards.put(VAR_ENTERPRISE_NAME, "企业名称");
    cards.put(VAR_EMPLOYEE_COUNT, "职工人数");
    return ProcessDescription.cards(cards);
  }
}
