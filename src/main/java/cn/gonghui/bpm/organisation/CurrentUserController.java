package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.platform.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/me: who is calling and which org units they work for (for pages opened from Tasklist). */
@RestController
public class CurrentUserController {

  /** The caller and their units. */
  public record Me(String userId, String name, List<Unit> units) {}

  /** One unit of the caller. */
  public record Unit(String code, String name, OrgLevel level, String levelLabel) {}

  private final CurrentUser currentUser;
  private final OrgUnitService orgUnits;
  private final IdentityService identity;

  public CurrentUserController(CurrentUser currentUser, OrgUnitService orgUnits, IdentityService identity) {
    this.currentUser = currentUser;
    this.orgUnits = orgUnits;
    this.identity = identity;
  }

  @GetMapping("/api/me")
  public Me me() {
    String userId = currentUser.id();
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name =
        user == null ? userId : ((user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName()));
    List<Unit> units =
        orgUnits.unitsOfUser(userId).stream()
            .map(unit -> new Unit(unit.getCode(), unit.getName(), unit.getLevel(), unit.getLevel().label()))
            .toList();
    return new Me(userId, name, units);
  }
}
