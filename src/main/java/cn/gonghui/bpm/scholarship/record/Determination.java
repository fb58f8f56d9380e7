package cn.gonghui.bpm.scholarship.record;

/** The facts of the 初步认定 the aid centre reads from the materials (inputs of scholarship-eligibility). */
public record Determination(
    boolean currentGraduate,
    AdmissionBatch admissionBatch,
    boolean formallyAdmitted,
    boolean goodGradesAndConduct,
    boolean countyHukou,
    HardshipCause hardshipCause) {}
