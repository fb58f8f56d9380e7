package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.platform.MissingConfigurationException;
import cn.gonghui.bpm.platform.Roles;
import cn.gonghui.bpm.platform.StartupStep;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: one clerk per org unit of the sample county, clerks of its chair meeting and aid
 * centre, two managers and an analyst (org/demo-users.json). All share GONGHUI_DEMO_PASSWORD; the demo
 * profile refuses to start without it.
 */
@Component
@Profile("demo")
@Order(40)
public class DemoUsers implements StartupStep {

  /** A demo user: id, Chinese name, unit code and role. */
  public record DemoUser(String id, String firstName, String lastName, String unit, Role role) {}

  /** What a demo user does. */
  public enum Role {
    CLERK,
    MANAGER,
    ANALYST,
    CHAIR_MEETING,
    AID_CENTRE
  }

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final OrgUnitService orgUnits;
  private final TransactionTemplate tx;
  private final String password;

  public DemoUsers(
      IdentityService identity,
      OrgUnitService orgUnits,
      TransactionTemplate tx,
      @Value("${gonghui.demo.password:}") String password) {
    if (password == null || password.isBlank()) {
      throw new MissingConfigurationException(
          "The demo profile needs GONGHUI_DEMO_PASSWORD",
          "Set the environment variable GONGHUI_DEMO_PASSWORD to the password the demo users should get, "
              + "e.g. GONGHUI_DEMO_PASSWORD='choose-one' ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo");
    }
    this.identity = identity;
    this.orgUnits = orgUnits;
    this.tx = tx;
    this.password = password;
  }

  public static List<DemoUser> load() {
    try (InputStream in = new ClassPathResource("org/demo-users.json").getInputStream()) {
      return new ObjectMapper().readValue(in, new TypeReference<List<DemoUser>>() {});
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read org/demo-users.json", e);
    }
  }

  @Override
  public void run() {
    List<DemoUser> users = load();
    tx.executeWithoutResult(status -> users.forEach(this::ensure));
    LOG.info("Demo users ready: {}", users.stream().map(DemoUser::id).toList());
  }

  private void ensure(DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setPassword(password);
      identity.saveUser(user);
    }
    String unit = demo.unit() == null ? null : orgUnits.require(demo.unit()).getCode();
    switch (demo.role()) {
      case CLERK -> member(demo.id(), Roles.CLERKS, OrgGroups.unitGroup(unit));
      case MANAGER -> member(demo.id(), Roles.MANAGERS, OrgGroups.managersGroup(unit));
      case ANALYST -> member(demo.id(), Roles.ANALYSTS);
      case CHAIR_MEETING -> member(demo.id(), Roles.CLERKS, OrgGroups.chairMeetingGroup(unit));
      case AID_CENTRE -> member(demo.id(), Roles.CLERKS, OrgGroups.aidCentreGroup(unit));
    }
  }

  private void member(String userId, String... groupIds) {
    for (String groupId : groupIds) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(userId, groupId);
      }
    }
  }
}
