package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.platform.CaseVariables;
import cn.gonghui.bpm.platform.InvalidInputException;

/** A code that names no active org unit. */
public class UnknownOrgUnitException extends InvalidInputException {

  public UnknownOrgUnitException(String code) {
    super(CaseVariables.ORG_UNIT_CODE, "所属组织", "不存在或已撤销：" + code);
  }
}
