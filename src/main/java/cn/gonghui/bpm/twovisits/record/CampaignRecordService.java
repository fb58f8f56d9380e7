package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.platform.InvalidInputException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of phases 1 and 4 (000:61-71, 000:95-101): documents studied, the 实施方案, the 领导小组 and its
 * 办公室, the notice board, the leading group's meeting; the 学年工作总结 with the counted figures, the next year's
 * 工作计划 with 双走访 written in, and the 职代会. Each call checks what it is given and appends; bad input throws
 * before anything is written.
 */
@Service
public class CampaignRecordService {

  /** Files a campaign document may be: office documents and PDF, at most 10 MB. */
  static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "wps", "odt", "txt");

  static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

  private final CampaignService campaigns;
  private final Studies studies;
  private final CampaignDocuments documents;
  private final GroupMembers members;
  private final Notices notices;
  private final Meetings meetings;
  private final Summaries summaries;

  public CampaignRecordService(
      CampaignService campaigns,
      Studies studies,
      CampaignDocuments documents,
      GroupMembers members,
      Notices notices,
      Meetings meetings,
      Summaries summaries) {
    this.campaigns = campaigns;
    this.studies = studies;
    this.documents = documents;
    this.members = members;
    this.notices = notices;
    this.meetings = meetings;
    this.summaries = summaries;
  }

  /** Phase 1, item 1: the documents studied (one a line), when, by how many people. */
  @Transactional
  public List<Study> recordStudy(String caseId, LocalDate date, String documentLines, int participants, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    List<Lines.Line> lines = Lines.checked(documentLines, field, "学习的文件", 300, 50);
    if (lines.isEmpty()) {
      throw new InvalidInputException(field, "学习的文件", "至少填写一份文件");
    }
    List<Study> saved = new ArrayList<>();
    for (Lines.Line line : lines) {
      saved.add(studies.save(new Study(campaign.getId(), line.text(), date, participants, user)));
    }
    return saved;
  }

  /**
   * Phase 1, item 2: the 实施方案 as text, or an uploaded file (then the text may stay empty): one of the two is
   * needed.
   */
  @Transactional
  public void draftImplementationPlan(String caseId, String title, String text, LocalDate writtenOn, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    if (text == null
        && !documents.existsByCampaignIdAndKindAndFileNameIsNotNull(campaign.getId(), CampaignDocument.Kind.IMPLEMENTATION_PLAN)) {
      throw new InvalidInputException(field, "实施方案正文", "请填写实施方案正文，或先上传实施方案文件");
    }
    documents.save(CampaignDocument.text(campaign.getId(), CampaignDocument.Kind.IMPLEMENTATION_PLAN, title, text, writtenOn, user));
  }

  /**
   * Phase 1, item 3: the 领导小组 and its 办公室, one member a line 「姓名,职务」 with 职务 组长, 副组长, 委员 or 办公室主任
   * (a member who is also the office's director is on two lines). Exactly one 组长 and one 办公室主任.
   */
  @Transactional
  public List<GroupMember> formLeadingGroup(String caseId, String text, String field) {
    Campaign campaign = campaigns.require(caseId);
    RowErrors errors = new RowErrors(field, "领导小组成员");
    List<GroupMember> group = new ArrayList<>();
    Map<GroupMember.Role, Integer> counts = new EnumMap<>(GroupMember.Role.class);
    List<String> seen = new ArrayList<>();
    for (Table.Row row : TableReader.readLines(text).rows()) {
      String name = row.cell(0);
      GroupMember.Role role = GroupMember.Role.ofLabel(row.cell(1));
      if (name.isEmpty() || name.length() > 50) {
        errors.add(row.line(), "「姓名」不能为空，也不能超过50个字");
      } else if (role == null) {
        errors.add(row.line(), "「职务」应为组长、副组长、委员或办公室主任");
      } else if (row.cells().size() > 2) {
        errors.add(row.line(), "每行只填写「姓名,职务」两项");
      } else if (seen.contains(name + "/" + role)) {
        errors.add(row.line(), "重复填写了" + name + "的" + role.label());
      } else {
        seen.add(name + "/" + role);
        counts.merge(role, 1, Integer::sum);
        group.add(new GroupMember(campaign.getId(), name, role));
      }
    }
    if (errors.isEmpty()) {
      if (counts.getOrDefault(GroupMember.Role.LEADER, 0) != 1) {
        errors.addGeneral("领导小组须有且只有一名组长");
      }
      if (counts.getOrDefault(GroupMember.Role.OFFICE_DIRECTOR, 0) != 1) {
        errors.addGeneral("领导小组办公室须有且只有一名办公室主任（可由委员兼任，另起一行填写）");
      }
    }
    errors.throwIfAny("请按“姓名,职务”每行填写一人");
    return members.saveAll(group);
  }

  /** Phase 1, item 4: what was posted on the notice board and when. */
  @Transactional
  public Notice postNotice(String caseId, LocalDate postedOn, String items, String user) {
    return notices.save(new Notice(campaigns.require(caseId).getId(), postedOn, items, user));
  }

  /** Phase 1, item 5: the leading group's meeting: date, members present, the measures agreed. */
  @Transactional
  public Meeting holdGroupMeeting(String caseId, LocalDate heldOn, int attendees, String measures, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    long groupSize = members.findByCampaignIdOrderById(campaign.getId()).stream().map(GroupMember::getName).distinct().count();
    if (attendees < 1 || (groupSize > 0 && attendees > groupSize)) {
      throw new InvalidInputException(field, "到会人数", "应在1到" + groupSize + "人（领导小组人数）之间");
    }
    return meetings.save(new Meeting(campaign.getId(), Meeting.Kind.LEADING_GROUP, heldOn, attendees, null, measures, user));
  }

  /** Phase 4, item 1: the 学年工作总结, stored with the figures counted now. */
  @Transactional
  public Summary writeYearSummary(String caseId, String title, String text, LocalDate writtenOn, Figures figures, String user) {
    Campaign campaign = campaigns.require(caseId);
    CampaignDocument document =
        documents.save(CampaignDocument.text(campaign.getId(), CampaignDocument.Kind.YEAR_SUMMARY, title, text, writtenOn, user));
    return summaries.save(new Summary(campaign.getId(), document.getId(), figures));
  }

  /** Phase 4, item 2: the next year's 工作计划, with 双走访 written in (000:99 "将…内容写入计划,建立长效机制"). */
  @Transactional
  public void planNextYear(String caseId, String title, String text, boolean twoVisitsIncluded, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    if (!twoVisitsIncluded) {
      throw new InvalidInputException(field, "双走访写入计划", "须将“双走访、促三保”内容写入下学年工作计划，建立长效机制");
    }
    documents.save(
        CampaignDocument.text(campaign.getId(), CampaignDocument.Kind.NEXT_YEAR_PLAN, title, text, CampaignSchedule.today(), user));
  }

  /** Phase 4, item 3: the 职代会: date, delegates present of all delegates, its resolutions. */
  @Transactional
  public Meeting holdCongress(
      String caseId, LocalDate heldOn, int delegatesTotal, int delegatesPresent, String resolutions, String field, String user) {
    Campaign campaign = campaigns.require(caseId);
    if (delegatesTotal < 1) {
      throw new InvalidInputException(field, "代表总数", "至少1人");
    }
    if (delegatesPresent > delegatesTotal) {
      throw new InvalidInputException(field, "到会代表人数", "不能多于代表总数（" + delegatesTotal + "人）");
    }
    if (delegatesPresent * 3 < delegatesTotal * 2) {
      throw new InvalidInputException(field, "到会代表人数", "职代会须有三分之二以上代表出席（" + delegatesTotal + "名代表至少" + ((delegatesTotal * 2 + 2) / 3) + "人）");
    }
    return meetings.save(
        new Meeting(campaign.getId(), Meeting.Kind.CONGRESS, heldOn, delegatesPresent, delegatesTotal, resolutions, user));
  }

  /** An uploaded document (实施方案, 总结 or 计划) of a campaign: PDF or an office document, at most 10 MB. */
  @Transactional
  public CampaignDocument upload(String caseId, CampaignDocument.Kind kind, String fileName, byte[] content, String user) {
    Campaign campaign = campaigns.require(caseId);
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > 200 || !DOCUMENT_EXTENSIONS.contains(extension)) {
      throw new InvalidInputException("file", "文件", "只能上传 PDF、Word（.doc/.docx）、WPS、ODT 或 .txt 文件，文件名不超过200个字");
    }
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "文件", "文件是空的");
    }
    if (content.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidInputException("file", "文件", "不能超过10MB");
    }
    String mediaType =
        switch (extension) {
          case "pdf" -> "application/pdf";
          case "doc" -> "application/msword";
          case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
          case "odt" -> "application/vnd.oasis.opendocument.text";
          case "txt" -> "text/plain";
          default -> "application/octet-stream";
        };
    return documents.save(CampaignDocument.file(campaign.getId(), kind, name, mediaType, content, user));
  }

  @Transactional(readOnly = true)
  public CampaignDocument document(long documentId) {
    return documents.findById(documentId).orElseThrow(() -> new NotFoundException("没有找到该文件"));
  }

  @Transactional(readOnly = true)
  public List<CampaignDocuments.Listed> documents(long campaignId) {
    return documents.listed(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Study> studies(long campaignId) {
    return studies.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<GroupMember> leadingGroup(long campaignId) {
    return members.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Notice> notices(long campaignId) {
    return notices.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Meeting> meetings(long campaignId) {
    return meetings.findByCampaignIdOrderById(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Summary> summaries(long campaignId) {
    return summaries.findByCampaignIdOrderById(campaignId);
  }
}
