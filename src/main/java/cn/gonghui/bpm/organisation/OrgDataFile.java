package cn.gonghui.bpm.organisation;

import java.util.List;

/**
 * The org data file (JSON): a version number and the units. Raise {@code version} whenever the file
 * changes; a start-up with a higher version than the one last applied re-synchronises units and groups.
 */
public record OrgDataFile(int version, List<Unit> units) {

  /** One unit: stable code, Chinese name, level and the code of the unit above it. */
  public record Unit(String code, String name, OrgLevel level, String parent) {}
}
