package cn.gonghui.bpm.platform;

import java.util.Set;

/**
 * A process's form fields that carry personal data (names, 居民身份证号码 …). Their values are checked and
 * stored in the process's business tables, which the process's service guards; the engine never writes
 * them to its history ({@link PersonalDataHistoryFilter}), where they would stay readable in Cockpit for the
 * whole history time-to-live.
 */
public interface PersonalDataVariables {

  Set<String> names();
}
