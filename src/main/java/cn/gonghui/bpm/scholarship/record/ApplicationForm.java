package cn.gonghui.bpm.scholarship.record;

/** The 金秋助学申请表 (the source lists no fields; these are the ones the later steps need). */
public record ApplicationForm(
    String university, String major, int programmeYears, Integer gaokaoScore, String familySituation, boolean publicityConsent) {}
