package cn.gonghui.bpm.scholarship.record;

/** A code of the 金秋助学 records with its Chinese name, as forms, notices, /api and exports show it. */
public interface Labelled {

  String name();

  String label();

  /** The constant of {@code type} whose name is {@code code}, or null. */
  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
