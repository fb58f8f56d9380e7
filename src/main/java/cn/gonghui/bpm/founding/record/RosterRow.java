package cn.gonghui.bpm.founding.record;

/** One member as read from a roster file or form line, before checking; {@code line} is the row number shown to the clerk. */
public record RosterRow(int line, String name, String idNumber, String gender, String workshop) {}
