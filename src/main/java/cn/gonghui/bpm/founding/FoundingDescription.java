package cn.gonghui.bpm.founding;

import static cn.gonghui.bpm.founding.FoundingProcess.*;

import cn.gonghui.bpm.platform.ProcessDescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the platform needs to know about {@code union-founding}. */
@Component
public class FoundingDescription implements ProcessDescription {

  @Override
  public Set<String> processKeys() {
    return Set.of(PROCESS_KEY);
  }

  /**
   * The preparatory group, the member roster, candidates, the elected, the owner's name and address: they
   * live in the founding's records only, never in the engine's history.
   */
  @Override
  public Set<String> personalDataVariables() {
    return Set.of(
        FIELD_OWNER_NAME,
        FIELD_ADDRESS,
        FIELD_PREPARATORY_MEMBERS,
        FIELD_MEMBER_ROWS,
        FIELD_CANDIDATE_ROWS,
        FIELD_ELECTED_ROWS);
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
