package cn.gonghui.bpm.hardship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One access to the register: who did what with which file (or unit's list), when, through which path. */
@Entity
@Table(name = "hardship_access_log")
public class RegisterAccessEntry {

  /** What was done. */
  public enum Action {
    READ("查阅"),
    CREATE("建档"),
    UPDATE("修改"),
    LIST("列表"),
    EXPORT("导出"),
    IMPORT("导入");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "unit_code", length = 64)
  private String unitCode;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Action action;

  @Column(nullable = false, length = 200)
  private String via;

  @Column(nullable = false)
  private Instant at = Instant.now();

  protected RegisterAccessEntry() {}

  RegisterAccessEntry(Long fileId, String unitCode, String userId, Action action, String via) {
    this.fileId = fileId;
    this.unitCode = unitCode;
    this.userId = userId;
    this.action = action;
    this.via = via;
  }

  public Long getId() {
    return id;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUserId() {
    return userId;
  }

  public Action getAction() {
    return action;
  }

  public String getVia() {
    return via;
  }

  public Instant getAt() {
    return at;
  }
}
