package cn.gonghui.bpm.security;

import java.util.List;

/**
 * Every process the attack suite attacks. A new process adds its {@code XxxUnderAttack.process()} here (see
 * {@link AttackedProcess} for what it declares).
 */
final class AttackedProcesses {

  static final List<AttackedProcess> ALL = List.of(
          FoundingUnderAttack.process(),
          TwoVisitsCampaignUnderAttack.process(),
          TwoVisitsIssueUnderAttack.process(),
          // moves the engine's clock to years of its own; the application's fixture, last, sets it back
          ScholarshipCampaignUnderAttack.process(),
          ScholarshipApplicationUnderAttack.process());

  private AttackedProcesses() {}
}
