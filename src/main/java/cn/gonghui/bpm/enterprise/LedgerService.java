package cn.gonghui.bpm.enterprise;

import static cn.gonghui.bpm.enterprise.EnterpriseFields.COMMUNITY_CODE;
import static cn.gonghui.bpm.enterprise.EnterpriseFields.CREDIT_CODE;
import static cn.gonghui.bpm.enterprise.EnterpriseFields.ENTERPRISE_ID;

import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise ledger (企业台帐): registers enterprises for a community union and moves them through
 * 未建会 → 组建中 → 已建会 → 达标. Every change is checked before anything is written. It knows no process:
 * the cases about an enterprise keep their own records and call these transitions.
 */
@Service
public class LedgerService {

  private final EnterpriseRepository enterprises;
  private final OrgUnitService orgUnits;
  private final IdentityService identityService;

  public LedgerService(EnterpriseRepository enterprises, OrgUnitService orgUnits, IdentityService identityService) {
    this.enterprises = enterprises;
    this.orgUnits = orgUnits;
    this.identityService = identityService;
  }

  @Transactional(readOnly = true)
  public Enterprise require(long enterpriseId) {
    return enterprises
        .findById(enterpriseId)
        .orElseThrow(() -> new NotFoundException("台帐中没有编号为 " + enterpriseId + " 的企业"));
  }

  /**
   * The community union for which {@code userId} registers an enterprise: the one asked for, which must be
   * one of the user's own (administrators and the system, {@code userId} null, may name any), or the user's
   * only community union.
   */
  @Transactional(readOnly = true)
  public String communityOf(String userId, String requestedCode) {
    String requested = requestedCode == null || requestedCode.isBlank() ? null : requestedCode.trim();
    boolean admin =
        userId == null
            || identityService.createUserQuery().userId(userId).memberOfGroup(Roles.ADMINISTRATORS).count() > 0;
    if (admin && requested != null) {
      OrgUnit unit = orgUnits.require(requested);
      if (unit.getLevel() != OrgLevel.COMMUNITY_UNION) {
        throw new InvalidInputException(COMMUNITY_CODE, "所属社区工会", "不是社区工会：" + requested);
      }
      return unit.getCode();
    }
    List<String> own =
        userId == null
            ? List.of()
            : orgUnits.unitsOfUser(userId).stream()
                .filter(unit -> unit.getLevel() == OrgLevel.COMMUNITY_UNION)
                .map(OrgUnit::getCode)
                .distinct()
                .toList();
    if (requested != null) {
      if (!own.contains(requested)) {
        throw new InvalidInputException(COMMUNITY_CODE, "所属社区工会", "只能为本人所在的社区工会登记企业：" + requested);
      }
      return requested;
    }
    if (own.isEmpty()) {
      throw new InvalidInputException(COMMUNITY_CODE, "所属社区工会", "您不是社区工会的办事员，不能登记企业或发起建会");
    }
    if (own.size() > 1) {
      throw new InvalidInputException(
          COMMUNITY_CODE, "所属社区工会", "您属于多个社区工会（" + String.join("、", own) + "），请填写其中一个");
    }
    return own.get(0);
  }

  /**
   * Registers an enterprise in the community's ledger, or updates its details when the credit code is
   * already there (same community, no union yet and none underway).
   */
  @Transactional
  public Enterprise register(EnterpriseDetails details, String communityCode, String userId) {
    Enterprise enterprise =
        enterprises
            .findByCreditCode(details.creditCode())
            .orElseGet(() -> new Enterprise(details.creditCode(), communityCode, userId));
    if (!enterprise.getCommunityCode().equals(communityCode)) {
      throw new ConflictException(CREDIT_CODE, "该统一社会信用代码的企业已登记在其他社区工会的台帐中，不能重复登记；如企业搬迁，请联系县总工会");
    }
    if (enterprise.getId() != null) {
      requireNoUnionOrFounding(enterprise);
    }
    if (details.employeeCount() < enterprise.getMemberCount()) {
      throw new InvalidInputException(
          "employeeCount", "职工人数", "不能少于已登记的会员人数（" + enterprise.getMemberCount() + "人）");
    }
    enterprise.describe(
        details.name(),
        details.address(),
        details.ownerName(),
        details.employeeCount(),
        details.femaleEmployeeCount(),
        details.hasPartyOrganisation());
    return enterprises.saveAndFlush(enterprise);
  }

  /** Refuses (409) a second founding for an enterprise whose union is underway or exists. */
  public void requireNoUnionOrFounding(Enterprise enterprise) {
    if (enterprise.getStatus() == EnterpriseStatus.FOUNDING) {
      throw new ConflictException(
          CREDIT_CODE, "「统一社会信用代码」该企业（" + enterprise.getName() + "）已有正在办理的建会事项，同一企业同一时间只能有一个");
    }
    if (enterprise.getStatus().hasUnion()) {
      throw new ConflictException(CREDIT_CODE, "「统一社会信用代码」该企业（" + enterprise.getName() + "）已建立工会，不能再次发起建会");
    }
  }

  /** The enterprise a new case is about; an unknown id is the caller's bad input. */
  @Transactional(readOnly = true)
  public Enterprise forNewCase(long enterpriseId) {
    return enterprises
        .findById(enterpriseId)
        .orElseThrow(() -> new InvalidInputException(ENTERPRISE_ID, "企业", "台帐中没有编号为 " + enterpriseId + " 的企业"));
  }

  /**
   * The enterprise's union is now being founded (组建中); refused when it has a union or one is underway.
   * Concurrent calls for one enterprise: one wins, the other fails on the row's version (409).
   */
  @Transactional
  public Enterprise foundingUnderway(long enterpriseId) {
    Enterprise enterprise = require(enterpriseId);
    requireNoUnionOrFounding(enterprise);
    enterprise.foundingUnderway();
    enterprises.saveAndFlush(enterprise);
    return enterprise;
  }

  /** The founding ended without a union (refused): back to 未建会. */
  @Transactional
  public void foundingStopped(long enterpriseId) {
    require(enterpriseId).foundingStopped();
  }

  @Transactional
  public void founded(long enterpriseId, String unionCode) {
    require(enterpriseId).founded(unionCode);
  }

  @Transactional
  public void joinedJointUnion(long enterpriseId, String jointUnionName) {
    require(enterpriseId).joinedJointUnion(jointUnionName);
  }

  @Transactional
  public void standardMet(long enterpriseId) {
    require(enterpriseId).standardMet();
  }

  @Transactional
  public void setMemberCount(long enterpriseId, int memberCount) {
    require(enterpriseId).setMemberCount(memberCount);
  }

  @Transactional(readOnly = true)
  public List<Enterprise> inCommunities(List<String> communityCodes, int page, int size) {
    return enterprises.findByCommunityCodeInOrderByCommunityCodeAscNameAsc(communityCodes, PageRequest.of(page, size));
  }

  @Transactional(readOnly = true)
  public long countInCommunities(List<String> communityCodes) {
    return enterprises.countByCommunityCodeIn(communityCodes);
  }

  @Transactional(readOnly = true)
  public List<EnterpriseRepository.StatusFigures> figures(List<String> communityCodes) {
    return enterprises.figuresByCommunityAndStatus(communityCodes);
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return enterprises.count() == 0;
  }
}
