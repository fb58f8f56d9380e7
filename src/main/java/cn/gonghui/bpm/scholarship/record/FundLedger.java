package cn.gonghui.bpm.scholarship.record;

import cn.gonghui.bpm.platform.ConflictException;
import cn.gonghui.bpm.platform.NotFoundException;
import cn.gonghui.bpm.platform.input.RowErrors;
import cn.gonghui.bpm.platform.table.Table;
import cn.gonghui.bpm.platform.table.TableReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's fund ledger (助学资金专款专用, 000:571-573): money recorded by source and every payment out of it.
 * Payments never exceed the money recorded: a payment locks its campaign, checks the balance and is refused
 * (409, nothing written) when the money is not there.
 */
@Service
public class FundLedger {

  /** A fund line of the form's text box. */
  public static final String FUND_LINE = "来源,出资方,金额（元）,到账日期[,备注]";

  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(100_000_000);

  private final Campaigns campaigns;
  private final FundEntries entries;

  public FundLedger(Campaigns campaigns, FundEntries entries) {
    this.campaigns = campaigns;
    this.entries = entries;
  }

  /** What a campaign has: money recorded, paid, left. */
  public record Balance(BigDecimal recorded, BigDecimal paid) {
    public BigDecimal left() {
      return recorded.subtract(paid);
    }
  }

  @Transactional(readOnly = true)
  public Balance balance(long campaignId) {
    return new Balance(entries.total(campaignId, FundEntry.Direction.IN), entries.total(campaignId, FundEntry.Direction.OUT));
  }

  @Transactional(readOnly = true)
  public List<FundEntry> entriesOf(long campaignId) {
    return entries.findByCampaignIdOrderByBookedOnAscIdAsc(campaignId);
  }

  /** Records the money of a campaign's fund lines (all or nothing). */
  @Transactional
  public List<FundEntry> record(String campaignCaseId, List<FundEntry.Funding> fundings, String by) {
    Campaign campaign =
        campaigns.findByProcessInstanceId(campaignCaseId).orElseThrow(() -> new NotFoundException("没有找到该金秋助学活动"));
    campaigns.lock(campaign.getId());
    List<FundEntry> saved = new ArrayList<>();
    for (FundEntry.Funding funding : fundings) {
      saved.add(entries.save(FundEntry.in(campaign, funding, by)));
    }
    return saved;
  }

  /**
   * Books a payment against its campaign's money, or refuses it (409) when the money recorded does not cover it.
   * The caller holds the campaign's lock ({@link Campaigns#lock}).
   */
  void charge(Payment payment, String note, String by) {
    Balance balance = balance(payment.getCampaignId());
    if (balance.left().compareTo(payment.getAmount()) < 0) {
      throw new ConflictException(
          "paidOn",
          "助学资金余额不足：本年度活动已登记到账资金" + yuan(balance.recorded()) + "，已发放" + yuan(balance.paid()) + "，余额"
              + yuan(balance.left()) + "，本次应发" + yuan(payment.getAmount())
              + "。助学资金专款专用，发放不能超过到账资金：请县总工会先在“登记助学资金”中登记到账的资金，再发放。");
    }
    entries.save(FundEntry.out(payment, note, by));
  }

  /** The fund lines of the form's text box (one a line: 来源,出资方,金额,到账日期[,备注]); every bad line at once. */
  public static List<FundEntry.Funding> parse(String text, String field, LocalDate today) {
    List<FundEntry.Funding> fundings = new ArrayList<>();
    RowErrors errors = new RowErrors(field, "到账资金");
    for (Table.Row row : TableReader.readLines(text).rows()) {
      int before = errors.count();
      FundSource source = FundSource.ofLabel(row.cell(0));
      if (source == null) {
        errors.add(row.line(), "「来源」应为行政支持、企业赞助、个人捐款或工会补贴");
      }
      String contributor = row.cell(1);
      if (contributor.isEmpty() || contributor.length() > 200) {
        errors.add(row.line(), "「出资方」不能为空，也不能超过200个字（个人捐款可写“个人（匿名）”）");
      }
      BigDecimal amount = null;
      try {
        amount = new BigDecimal(row.cell(2));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) >= 0) {
        errors.add(row.line(), "「金额（元）」应为大于0的数，最多两位小数");
        amount = null;
      }
      LocalDate received = null;
      try {
        received = LocalDate.parse(row.cell(3));
      } catch (DateTimeParseException e) {
        // reported below
      }
      if (received == null || received.isAfter(today)) {
        errors.add(row.line(), "「到账日期」应为不晚于今天的日期，例如 2025-07-10");
      }
      String note = row.cell(4);
      if (note.length() > 500) {
        errors.add(row.line(), "「备注」不能超过500个字");
      }
      if (errors.count() == before) {
        fundings.add(
            new FundEntry.Funding(source, contributor, amount.setScale(2, RoundingMode.UNNECESSARY), received, note.isEmpty() ? null : note));
      }
    }
    errors.throwIfAny("请按“" + FUND_LINE + "”每行填写一笔");
    return fundings;
  }

  /** Whether a form's fund lines are blank. */
  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** 「12,500元」 */
  public static String yuan(BigDecimal amount) {
    return String.format("%,.2f", amount).replace(".00", "") + "元";
  }

}
