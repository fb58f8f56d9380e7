package cn.gonghui.bpm.founding.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import cn.gonghui.bpm.founding.ledger.Enterprise;
import cn.gonghui.bpm.founding.ledger.EnterpriseDetails;
import cn.gonghui.bpm.founding.ledger.EnterpriseStatus;
import cn.gonghui.bpm.founding.ledger.LedgerService;
import cn.gonghui.bpm.founding.record.CadreEligibility;
import cn.gonghui.bpm.founding.record.Candidate;
import cn.gonghui.bpm.founding.record.Candidates;
import cn.gonghui.bpm.founding.record.EightHavesChecks;
import cn.gonghui.bpm.founding.record.Elections;
import cn.gonghui.bpm.founding.record.FoundedUnions;
import cn.gonghui.bpm.founding.record.FoundingDecision;
import cn.gonghui.bpm.founding.record.FoundingDecisions;
import cn.gonghui.bpm.founding.record.FoundingRecordService;
import cn.gonghui.bpm.founding.record.FoundingReports;
import cn.gonghui.bpm.founding.record.PreparatoryGroups;
import cn.gonghui.bpm.founding.record.PreparatoryMembers;
import cn.gonghui.bpm.founding.record.Publicities;
import cn.gonghui.bpm.founding.roster.RosterService;
import cn.gonghui.bpm.founding.roster.UnionMember;
import cn.gonghui.bpm.founding.roster.UnionMemberRepository;
import cn.gonghui.bpm.organisation.OrgLevel;
import cn.gonghui.bpm.organisation.OrgUnit;
import cn.gonghui.bpm.organisation.OrgUnitService;
import cn.gonghui.bpm.platform.validation.ResidentIdNumber;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import cn.gonghui.bpm.founding.FoundingDescription;
import cn.gonghui.bpm.platform.CaseStart;
import cn.gonghui.bpm.platform.CaseVisibility;
import cn.gonghui.bpm.platform.ProcessDescription;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The Spring beans of the founding process, wired for an in-memory engine: the real listeners,
 * delegates, roster and record services and the real cadre-eligibility check (on the engine's
 * DecisionService), over in-memory stand-ins for the ledger, the org units and the JPA repositories.
 */
class FoundingTestFixture {

  static final long ENTERPRISE_ID = 42L;
  static final String COMMUNITY = "SFX-CG-DJ";
  static final String TOWN = "SFX-CG";
  static final String COUNTY = "SFX";

  final LedgerService ledger = mock(LedgerService.class);
  final OrgUnitService orgUnits = mock(OrgUnitService.class);
  final Enterprise enterprise = mock(Enterprise.class);
  final List<UnionMember> members = new ArrayList<>();
  final List<Candidate> candidates = new ArrayList<>();
  final List<FoundingDecision> decisions = new ArrayList<>();
  final UnionMemberRepository memberRepository = mock(UnionMemberRepository.class);
  final Candidates candidateRepository = mock(Candidates.class);
  final FoundingDecisions decisionRepository = mock(FoundingDecisions.class);
  final FoundedUnions foundedUnions = mock(FoundedUnions.class);
  final EightHavesChecks eightHavesChecks = mock(EightHavesChecks.class);
  final RosterService roster;
  final FoundingRecordService records;

  private final ProcessEngine engine;

  FoundingTestFixture(ProcessEngine engine) {
    this.engine = engine;
    description = new FoundingDescription(ledger);
    roster = new RosterService(memberRepository, ledger);
    records =
        new FoundingRecordService(
            ledger,
            roster,
            new CadreEligibility(engine.getDecisionService()),
            mock(PreparatoryGroups.class),
            mock(PreparatoryMembers.class),
            mock(FoundingReports.class),
            decisionRepository,
            mock(Publicities.class),
            candidateRepository,
            mock(Elections.class),
            foundedUnions,
            eightHavesChecks);
    fakeRepositories();
    lenient().when(orgUnits.findUnitAtOrAbove(eq(COMMUNITY), any())).thenAnswer(call -> unitAt(call.getArgument(1)));
  }

  /** The founding's description as the platform sees it, answering with the current test's ledger. */
  private static volatile FoundingDescription description;

  /**
   * The platform's case visibility for the test engine: cases get their community as tenant, tasks the
   * tenant of the unit they are offered to.
   */
  static CaseVisibility caseVisibility() {
    ProcessDescription current =
        new ProcessDescription() {
          @Override
          public java.util.Set<String> processKeys() {
            return java.util.Set.of(cn.gonghui.bpm.founding.FoundingProcess.PROCESS_KEY);
          }

          @Override
          public String owningUnit(CaseStart start) {
            return description.owningUnit(start);
          }
        };
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("foundingDescription", current);
    return new CaseVisibility(beans.getBeanProvider(ProcessDescription.class));
  }

  /** The org units of the test cases as tenants, as the organisation package keeps them. */
  void createUnitTenants() {
    IdentityService identity = engine.getIdentityService();
    for (String unit : List.of(COUNTY, TOWN, COMMUNITY)) {
      if (identity.createTenantQuery().tenantId(unit).count() == 0) {
        identity.saveTenant(identity.newTenant(unit));
      }
    }
  }

  /** The enterprise the case is about; the start listener registers it through the (stand-in) ledger. */
  FoundingTestFixture enterprise(int employees, int femaleEmployees, boolean party) {
    lenient().when(enterprise.getId()).thenReturn(ENTERPRISE_ID);
    lenient().when(enterprise.getName()).thenReturn("示范县青松食品有限公司");
    lenient().when(enterprise.getCreditCode()).thenReturn("91620000MA00000001");
    lenient().when(enterprise.getCommunityCode()).thenReturn(COMMUNITY);
    lenient().when(enterprise.getEmployeeCount()).thenReturn(employees);
    lenient().when(enterprise.getFemaleEmployeeCount()).thenReturn(femaleEmployees);
    lenient().when(enterprise.isHasPartyOrganisation()).thenReturn(party);
    lenient().when(enterprise.getStatus()).thenReturn(EnterpriseStatus.FOUNDING);
    lenient().when(ledger.require(anyLong())).thenReturn(enterprise);
    lenient().when(ledger.communityOf(any(), any())).thenReturn(COMMUNITY);
    lenient().when(ledger.register(any(EnterpriseDetails.class), eq(COMMUNITY), any())).thenReturn(enterprise);
    return this;
  }

  void register() {
    Mocks.register("foundingStartListener", new FoundingStartListener(ledger, "P30D", "P30D"));
    Mocks.register("foundingTaskListeners", new FoundingTaskListeners(ledger, roster, records));
    Mocks.register("assignApprovingUnitDelegate", new AssignApprovingUnitDelegate(orgUnits));
    Mocks.register("closeRefusedFoundingDelegate", new CloseRefusedFoundingDelegate(ledger));
    Mocks.register("establishUnionDelegate", new EstablishUnionDelegate(ledger, records, orgUnits));
    Mocks.register("recordEightHavesResultDelegate", new RecordEightHavesResultDelegate(records));
    Mocks.register("recordStandardMetDelegate", new RecordStandardMetDelegate(ledger, records));
    Mocks.register("flagRectificationOverdueDelegate", new FlagRectificationOverdueDelegate(ledger));
  }

  private static OrgUnit unitAt(OrgLevel level) {
    return switch (level) {
      case COUNTY_FEDERATION -> new OrgUnit(COUNTY, "示范县总工会", level, null, OrgUnit.Source.DATA_FILE);
      case TOWN_UNION -> new OrgUnit(TOWN, "示范县城关镇工会", level, COUNTY, OrgUnit.Source.DATA_FILE);
      default -> new OrgUnit(COMMUNITY, "城关镇东街社区工会", level, TOWN, OrgUnit.Source.DATA_FILE);
    };
  }

  @SuppressWarnings("unchecked")
  private void fakeRepositories() {
    lenient().when(memberRepository.save(any())).thenAnswer(call -> add(members, call.getArgument(0)));
    lenient().when(memberRepository.countByEnterpriseId(anyLong())).thenAnswer(call -> (long) members.size());
    lenient().when(memberRepository.findByEnterpriseIdOrderById(anyLong())).thenAnswer(call -> List.copyOf(members));
    doAnswer(call -> { members.clear(); return null; }).when(memberRepository).deleteByEnterpriseId(anyLong());
    lenient()
        .when(candidateRepository.saveAll(any()))
        .thenAnswer(call -> { ((Iterable<Candidate>) call.getArgument(0)).forEach(candidates::add); return candidates; });
    lenient().when(candidateRepository.findByEnterpriseIdOrderById(anyLong())).thenAnswer(call -> List.copyOf(candidates));
    doAnswer(call -> { candidates.clear(); return null; }).when(candidateRepository).deleteByEnterpriseId(anyLong());
    lenient().when(decisionRepository.save(any())).thenAnswer(call -> add(decisions, call.getArgument(0)));
  }

  private static <T> T add(List<T> list, T item) {
    list.add(item);
    return item;
  }

  /** A roster text of {@code count} members, the first {@code women} of them women, all valid. */
  static String roster(int count, int women) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("会员").append(i + 1).append(',').append(idNumber(i, i < women)).append(',')
          .append(i < women ? "女" : "男").append(",一车间\n");
    }
    return text.toString();
  }

  /** A valid 居民身份证号码 (check digit computed), born 1990-01-01, odd sequence for men. */
  static String idNumber(int index, boolean woman) {
    int sequence = index * 2 + (woman ? 2 : 1);
    String first17 = "62010219900101" + String.format("%03d", sequence % 1000);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }
}
