package cn.gonghui.bpm.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A union organisation: the county federation, a town union, a community union or an enterprise's own
 * grassroots union. Its {@link #getCode() code} is stable and is also the id of its Camunda group.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  /** Where a unit came from: the org data file, or founded through the union-founding process. */
  public enum Source {
    DATA_FILE,
    FOUNDING
  }

  @Id
  @Column(name = "code", length = 64)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 32)
  private OrgLevel level;

  @Column(name = "parent_code", length = 64)
  private String parentCode;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 16)
  private Source source = Source.DATA_FILE;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, OrgLevel level, String parentCode, Source source) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parentCode = parentCode;
    this.source = source;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  public boolean isActive() {
    return active;
  }

  public Source getSource() {
    return source;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Applies the data file's view of this unit (and reactivates it); touches updatedAt only on a change. */
  void update(String name, OrgLevel level, String parentCode) {
    boolean changed =
        !name.equals(this.name)
            || level != this.level
            || !java.util.Objects.equals(parentCode, this.parentCode)
            || !active;
    if (changed) {
      this.name = name;
      this.level = level;
      this.parentCode = parentCode;
      this.active = true;
      this.updatedAt = Instant.now();
    }
  }

  void deactivate() {
    this.active = false;
    this.updatedAt = Instant.now();
  }
}
