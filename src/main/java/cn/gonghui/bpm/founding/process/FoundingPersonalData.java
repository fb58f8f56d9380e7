package cn.gonghui.bpm.founding.process;

import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ADDRESS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_CANDIDATE_ROWS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_ELECTED_ROWS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_MEMBER_ROWS;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_OWNER_NAME;
import static cn.gonghui.bpm.founding.FoundingProcess.FIELD_PREPARATORY_MEMBERS;

import cn.gonghui.bpm.platform.PersonalDataVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The founding's form fields with people's names and identity numbers: the preparatory group, the
 * member roster, candidates, the elected, the owner's name and address. They live in the founding's
 * records only, never in the engine's history.
 */
@Component
public class FoundingPersonalData implements PersonalDataVariables {

  @Override
  public Set<String> names() {
    return Set.of(
        FIELD_OWNER_NAME,
        FIELD_ADDRESS,
        FIELD_PREPARATORY_MEMBERS,
        FIELD_MEMBER_ROWS,
        FIELD_CANDIDATE_ROWS,
        FIELD_ELECTED_ROWS);
  }
}
