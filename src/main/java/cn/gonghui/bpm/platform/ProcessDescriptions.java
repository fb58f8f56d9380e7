package cn.gonghui.bpm.platform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@link ProcessDescription}s of the application by process key, read once on first use (engine
 * plugins are built before the process packages' beans, so they hold this instead of the beans).
 */
public final class ProcessDescriptions {

  private final ObjectProvider<ProcessDescription> provider;
  private volatile Map<String, ProcessDescription> byKey;
  private volatile Set<String> systemVariables;

  public ProcessDescriptions(ObjectProvider<ProcessDescription> provider) {
    this.provider = provider;
  }

  /** The description of a process key, or null when the process declares none. */
  public ProcessDescription forKey(String processKey) {
    Map<String, ProcessDescription> known = byKey;
    if (known == null) {
      Map<String, ProcessDescription> collected = new HashMap<>();
      provider.forEach(d -> d.processKeys().forEach(key -> collected.put(key, d)));
      byKey = known = Map.copyOf(collected);
    }
    return processKey == null ? null : known.get(processKey);
  }

  /**
   * The system variables of one process: the owning unit's code and name, which every case has, plus what its
   * description declares. Per process, not the union of all: a name one process computes (双走访's
   * {@code campaignYear}) may be what another's start form asks for (金秋助学's year). A process without a
   * description gets every process's system variables, the safe side.
   */
  public Set<String> systemVariables(String processKey) {
    ProcessDescription description = forKey(processKey);
    if (description == null) {
      return allSystemVariables();
    }
    Set<String> collected = new HashSet<>(description.systemVariables());
    collected.add(CaseVariables.ORG_UNIT_CODE);
    collected.add(CaseVariables.ORG_UNIT_NAME);
    return collected;
  }

  /** Every process's system variables, plus the owning unit's code and name. */
  public Set<String> allSystemVariables() {
    Set<String> known = systemVariables;
    if (known == null) {
      Set<String> collected = new HashSet<>();
      collected.add(CaseVariables.ORG_UNIT_CODE);
      collected.add(CaseVariables.ORG_UNIT_NAME);
      provider.forEach(d -> collected.addAll(d.systemVariables()));
      systemVariables = known = Set.copyOf(collected);
    }
    return known;
  }
}
