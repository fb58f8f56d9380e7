package cn.gonghui.bpm.hardship;

import static cn.gonghui.bpm.hardship.HouseholdFields.*;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import cn.gonghui.bpm.platform.table.UnreadableTableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports households into the register from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK): one household
 * a row, checked like the form; every bad row is reported and nothing is imported while any row is bad. A
 * worker who already has a file gets it updated (when the importing clerk keeps it).
 */
@Service
public class HardshipImport {

  /** Field key of the uploaded file. */
  public static final String FIELD_FILE = "file";

  /** The columns, in any order; each maps to the form field of the same meaning. */
  static final Map<String, String> COLUMNS = new java.util.LinkedHashMap<>();

  static {
    COLUMNS.put("姓名", WORKER_NAME);
    COLUMNS.put("居民身份证号码", WORKER_ID_NUMBER);
    COLUMNS.put("工作单位", WORKPLACE);
    COLUMNS.put("联系电话", PHONE);
    COLUMNS.put("家庭住址", ADDRESS);
    COLUMNS.put("家庭人口", HOUSEHOLD_SIZE);
    COLUMNS.put("家庭月收入（元）", MONTHLY_INCOME);
    COLUMNS.put("致困原因", CAUSE);
    COLUMNS.put("是否意外致困", SUDDEN_HARDSHIP);
    COLUMNS.put("患病情况", ILLNESS);
  }

  private final HardshipRegister register;
  private final RegisterAccess access;

  public HardshipImport(HardshipRegister register, RegisterAccess access) {
    this.register = register;
    this.access = access;
  }

  /** Imports the file's households for {@code keepingUnit}; returns how many files were created or updated. */
  @Transactional
  public int importFile(String fileName, byte[] content, String keepingUnit, String via) {
    access.requireKeeper(keepingUnit);
    List<Table.Row> rows;
    try {
      Table table = TableReader.readFile(fileName, content);
      rows = table.select(table.columns(new ArrayList<>(COLUMNS.keySet())));
    } catch (UnreadableTableException e) {
      throw new InvalidInputException(FIELD_FILE, "困难职工名单", e.getMessage());
    }
    RowErrors errors = new RowErrors(FIELD_FILE, "困难职工名单");
    List<HouseholdDetails> households = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> fields = new ArrayList<>(COLUMNS.values());
    for (Table.Row row : rows) {
      Map<String, Object> values = new HashMap<>();
      for (int i = 0; i < fields.size(); i++) {
        if (!row.cell(i).isEmpty()) {
          values.put(fields.get(i), row.cell(i));
        }
      }
      try {
        HouseholdDetails details = HouseholdDetails.from(values);
        Integer first = seen.putIfAbsent(details.idNumber(), row.line());
        if (first != null) {
          errors.add(row.line(), "「居民身份证号码」与第" + first + "行重复");
        } else if (register.fileOf(details.idNumber()).filter(f -> !access.mayKeep(f.getKeepingUnitCode())).isPresent()) {
          errors.add(row.line(), "该职工已在其他单位建档，不能由本单位导入");
        } else {
          households.add(details);
        }
      } catch (InvalidInputException e) {
        errors.add(row.line(), e.getMessage());
      }
    }
    errors.throwIfAny("未导入任何档案");
    if (households.isEmpty()) {
      throw new InvalidInputException(FIELD_FILE, "困难职工名单", "文件中没有困难职工，表头下每行填写一户");
    }
    for (HouseholdDetails details : households) {
      register.save(details, keepingUnit, via);
    }
    access.logged(null, keepingUnit, RegisterAccessEntry.Action.IMPORT, via);
    return households.size();
  }
}
