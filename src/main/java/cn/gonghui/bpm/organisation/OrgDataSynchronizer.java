package cn.gonghui.bpm.organisation;

import cn.gonghui.bpm.platform.StartupStep;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the org data file into the {@code org_unit} table and Camunda's groups, in one transaction.
 * Runs only when the file's version differs from the last one applied, so a restart costs one query.
 * Units that left the file are deactivated (never deleted: cases still point at them); units created
 * by the founding process are left alone.
 */
@Component
@Order(10)
public class OrgDataSynchronizer implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(OrgDataSynchronizer.class);

  private final OrgUnitRepository units;
  private final OrgUnitService orgUnits;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ResourceLoader resourceLoader;
  private final String dataFile;

  public OrgDataSynchronizer(
      OrgUnitRepository units,
      OrgUnitService orgUnits,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      ResourceLoader resourceLoader,
      @Value("${gonghui.org.data-file}") String dataFile) {
    this.units = units;
    this.orgUnits = orgUnits;
    this.jdbc = jdbc;
    this.tx = tx;
    this.resourceLoader = resourceLoader;
    this.dataFile = dataFile;
  }

  @Override
  public void run() {
    OrgDataFile file = read();
    validate(file);
    List<Map<String, Object>> state =
        jdbc.queryForList("select data_version, data_source from org_data_state where id = 1");
    if (!state.isEmpty()
        && ((Number) state.get(0).get("data_version")).intValue() == file.version()
        && dataFile.equals(state.get(0).get("data_source"))) {
      LOG.info("Org data {} version {} already applied", dataFile, file.version());
      if (orgUnits.tenantsMissing()) {
        // e.g. a database from before units were tenants: give every unit its tenant once
        tx.executeWithoutResult(status -> orgUnits.ensureGroupsOfAllUnits());
        LOG.info("Org units' tenants created");
      }
      return;
    }
    tx.executeWithoutResult(status -> apply(file, state.isEmpty()));
    LOG.info("Org data {} version {} applied: {} units", dataFile, file.version(), file.units().size());
  }

  private void apply(OrgDataFile file, boolean firstTime) {
    Set<String> inFile = new HashSet<>();
    // Parents first, so every unit's parent exists when it is saved.
    for (OrgLevel level : OrgLevel.values()) {
      for (OrgDataFile.Unit entry : file.units()) {
        if (entry.level() != level) {
          continue;
        }
        inFile.add(entry.code());
        OrgUnit unit =
            units
                .findById(entry.code())
                .map(
                    existing -> {
                      existing.update(entry.name(), entry.level(), entry.parent());
                      return existing;
                    })
                .orElseGet(
                    () ->
                        new OrgUnit(
                            entry.code(), entry.name(), entry.level(), entry.parent(), OrgUnit.Source.DATA_FILE));
        units.save(unit);
        orgUnits.ensureGroups(unit);
      }
    }
    for (OrgUnit unit : units.findBySource(OrgUnit.Source.DATA_FILE)) {
      if (!inFile.contains(unit.getCode()) && unit.isActive()) {
        unit.deactivate();
        LOG.warn("Org unit {} {} is no longer in the data file: deactivated", unit.getCode(), unit.getName());
      }
    }
    if (firstTime) {
      jdbc.update(
          "insert into org_data_state (id, data_version, data_source) values (1, ?, ?)", file.version(), dataFile);
    } else {
      jdbc.update(
          "update org_data_state set data_version = ?, data_source = ? where id = 1", file.version(), dataFile);
    }
  }

  private OrgDataFile read() {
    Resource resource = resourceLoader.getResource(dataFile);
    try (InputStream in = resource.getInputStream()) {
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(in, OrgDataFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the org data file " + dataFile + ": " + e.getMessage(), e);
    }
  }

  /** Refuses a file with duplicate codes, unknown parents or a unit at the wrong level under its parent. */
  static void validate(OrgDataFile file) {
    if (file.units() == null || file.units().isEmpty()) {
      throw new IllegalStateException("The org data file lists no units");
    }
    Map<String, OrgDataFile.Unit> byCode = new HashMap<>();
    for (OrgDataFile.Unit unit : file.units()) {
      if (unit.code() == null || !unit.code().matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
        throw new IllegalStateException("Org unit code must be letters, digits, '-' or '_': " + unit.code());
      }
      if (unit.name() == null || unit.name().isBlank() || unit.level() == null) {
        throw new IllegalStateException("Org unit " + unit.code() + " needs a name and a level");
      }
      if (byCode.put(unit.code(), unit) != null) {
        throw new IllegalStateException("Org unit code " + unit.code() + " appears twice");
      }
    }
    for (OrgDataFile.Unit unit : file.units()) {
      if (unit.level() == OrgLevel.COUNTY_FEDERATION) {
        if (unit.parent() != null) {
          throw new IllegalStateException("County federation " + unit.code() + " must not have a parent");
        }
        continue;
      }
      OrgDataFile.Unit parent = byCode.get(unit.parent());
      if (parent == null) {
        throw new IllegalStateException("Org unit " + unit.code() + " names an unknown parent " + unit.parent());
      }
      if (!unit.level().mayBeChildOf(parent.level())) {
        throw new IllegalStateException(
            "Org unit " + unit.code() + " (" + unit.level() + ") cannot sit under " + parent.level());
      }
    }
  }
}
