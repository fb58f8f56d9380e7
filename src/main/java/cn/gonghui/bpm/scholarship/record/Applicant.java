package cn.gonghui.bpm.scholarship.record;

/** Who an application is for, as registered: the parent who applies and the student (checked identity numbers). */
public record Applicant(
    ApplicantType type, String applicantName, String applicantIdNumber, String studentName, String studentIdNumber, String phone) {}
