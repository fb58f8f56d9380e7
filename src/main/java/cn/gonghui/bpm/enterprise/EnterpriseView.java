package cn.gonghui.bpm.enterprise;

import cn.gonghui.bpm.enterprise.Enterprise;

/** An enterprise as /api shows it. */
public record EnterpriseView(
    long id,
    String name,
    String creditCode,
    String address,
    String ownerName,
    int employeeCount,
    int femaleEmployeeCount,
    int memberCount,
    boolean hasPartyOrganisation,
    String communityCode,
    String status,
    String statusLabel,
    String unionCode,
    String jointUnionName) {

  public static EnterpriseView of(Enterprise e) {
    return new EnterpriseView(
        e.getId(),
        e.getName(),
        e.getCreditCode(),
        e.getAddress(),
        e.getOwnerName(),
        e.getEmployeeCount(),
        e.getFemaleEmployeeCount(),
        e.getMemberCount(),
        e.isHasPartyOrganisation(),
        e.getCommunityCode(),
        e.getStatus().name(),
        e.getStatusLabel(),
        e.getUnionCode(),
        e.getJointUnionName());
  }
}
