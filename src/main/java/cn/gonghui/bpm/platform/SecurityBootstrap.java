package cn.gonghui.bpm.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the role groups with their authorizations and the first administrator. The administrator's
 * password comes from GONGHUI_ADMIN_PASSWORD; when that is unset on first start a random one is
 * generated, logged once and written to an owner-only file. There is no fixed default password.
 */
@Component
@Order(20)
public class SecurityBootstrap implements StartupStep {

  static final String PASSWORD_FILE = "initial-admin-password";
  private static final Logger LOG = LoggerFactory.getLogger(SecurityBootstrap.class);
  private static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TransactionTemplate tx;
  private final String adminUser;
  private final String adminPassword;
  private final Path dataDir;

  public SecurityBootstrap(
      IdentityService identity,
      AuthorizationService authorizations,
      TransactionTemplate tx,
      @Value("${gonghui.admin.user}") String adminUser,
      @Value("${gonghui.admin.password:}") String adminPassword,
      @Value("${gonghui.data-dir}") String dataDir) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.tx = tx;
    this.adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser.trim();
    this.adminPassword = adminPassword;
    this.dataDir = Path.of(dataDir);
  }

  @Override
  public void run() {
    tx.executeWithoutResult(status -> {
      ensureRoleGroups();
      grantRoleAuthorizations();
    });
    ensureAdministrator();
  }

  private void ensureRoleGroups() {
    ensureGroup(Roles.ADMINISTRATORS, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
    ensureGroup(Roles.CLERKS, "办事员", Roles.TYPE_ROLE);
    ensureGroup(Roles.MANAGERS, "管理人员", Roles.TYPE_ROLE);
    ensureGroup(Roles.ANALYSTS, "流程分析员", Roles.TYPE_ROLE);
  }

  private void grantRoleAuthorizations() {
    // Administrators: everything.
    for (Resource resource : Resources.values()) {
      grant(Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL);
    }
    // Analysts: deploy models, look at definitions in Cockpit; no access to cases (they are in no unit's
    // tenant), no deletion or suspension of what runs (WorkflowGuard refuses it to non-administrators).
    grant(Roles.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(Roles.ANALYSTS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(Roles.ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Roles.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    // Clerks: Tasklist, start cases, read and work on tasks, read cases. Grants on '*', scoped by the
    // tenant check to the clerk's own unit ({@link CaseVisibility}); WorkflowGuard also requires the clerk
    // to be in a task's candidate group before they work on it.
    grant(Roles.CLERKS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Roles.CLERKS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Roles.CLERKS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
    grant(Roles.CLERKS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(Roles.CLERKS, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_WORK);
    grant(Roles.CLERKS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    // Managers: Cockpit and Tasklist, read-only; the tenant check scopes them to their unit and the units below.
    grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
  }

  private void ensureAdministrator() {
    if (identity.createUserQuery().userId(adminUser).count() > 0) {
      tx.executeWithoutResult(status -> addMembership(adminUser, Roles.ADMINISTRATORS));
      return;
    }
    boolean generated = adminPassword == null || adminPassword.isBlank();
    String password = generated ? generatePassword() : adminPassword;
    tx.executeWithoutResult(
        status -> {
          User user = identity.newUser(adminUser);
          user.setFirstName("系统");
          user.setLastName("管理员");
          user.setPassword(password);
          identity.saveUser(user);
          addMembership(adminUser, Roles.ADMINISTRATORS);
        });
    if (generated) {
      Path file = writePasswordFile(password);
      LOG.warn(
          "\n\n  No GONGHUI_ADMIN_PASSWORD was set: generated the administrator '{}' with password: {}\n"
              + "  It is also in {} (readable by the owner only). Change it in Admin after the first login.\n",
          adminUser,
          password,
          file.toAbsolutePath());
    } else {
      LOG.info("Created the administrator '{}' from GONGHUI_ADMIN_USER/GONGHUI_ADMIN_PASSWORD", adminUser);
    }
  }

  private Path writePasswordFile(String password) {
    try {
      Files.createDirectories(dataDir);
      Path file = dataDir.resolve(PASSWORD_FILE);
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator());
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the generated administrator password to " + dataDir, e);
    }
  }

  static String generatePassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void addMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Grants.ensure(authorizations, groupId, resource, resourceId, permissions);
  }
}
