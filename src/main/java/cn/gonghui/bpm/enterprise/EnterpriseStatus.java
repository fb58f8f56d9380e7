package cn.gonghui.bpm.enterprise;

/** Where an enterprise stands in the ledger (企业台帐). */
public enum EnterpriseStatus {
  NOT_FOUNDED("未建会"),
  FOUNDING("组建中"),
  FOUNDED("已建会"),
  STANDARD_MET("达标");

  private final String label;

  EnterpriseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the enterprise has a union (its own or, with ≤ 7 members, through a joint union). */
  public boolean hasUnion() {
    return this == FOUNDED || this == STANDARD_MET;
  }
}
