package cn.gonghui.bpm.twovisits.record;

import cn.gonghui.bpm.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The campaign's calendar settings ({@code gonghui.two-visits.*} in application.yaml): the default start
 * (10月1日), the length of each phase in months, the Spring Festival date of each year (it moves with the lunar
 * calendar, so it is configured per year), how many days before it the 年关慰问 round opens, and the shortest time a
 * problem gets before it counts as overdue.
 */
@Component
@ConfigurationProperties("gonghui.two-visits")
public class CampaignSettings {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignSettings.class);

  private String defaultStart = "10-01";
  private List<Integer> phaseMonths = List.of(2, 2, 3, 2);
  private Map<Integer, String> springFestival = new TreeMap<>();
  private Period reliefLead = Period.ofDays(21);
  private Period problemMinPeriod = Period.ofDays(30);

  /**
   * The start date of the school year {@code today} belongs to: the default start (10月1日) of this year from
   * 7月1日 on, of last year before (a union starting its campaign in March joins the one that began last October).
   */
  public LocalDate defaultStartFor(LocalDate today) {
    MonthDay start = MonthDay.parse("--" + defaultStart);
    int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    return start.atYear(year);
  }

  /** Every date of a campaign starting on {@code startDate}. */
  public CampaignSchedule schedule(LocalDate startDate) {
    List<LocalDate> starts = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    LocalDate from = startDate;
    for (int months : phaseMonths) {
      starts.add(from);
      from = from.plusMonths(months);
      ends.add(from.minusDays(1));
    }
    LocalDate festival = festival(startDate.getYear() + 1);
    return new CampaignSchedule(startDate, List.copyOf(starts), List.copyOf(ends), festival, festival.minus(reliefLead));
  }

  /** The Spring Festival of {@code year}; 2月1日 (with a warning in the log) for a year nobody configured. */
  LocalDate festival(int year) {
    String configured = springFestival.get(year);
    if (configured == null) {
      LOG.warn("gonghui.two-visits.spring-festival has no date for {}: the 年关慰问 round is due before 2月1日", year);
      return LocalDate.of(year, 2, 1);
    }
    try {
      return LocalDate.parse(configured.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("springFestival", "春节日期", year + "年的配置不是日期：" + configured);
    }
  }

  public Period problemMinPeriod() {
    return problemMinPeriod;
  }

  public String getDefaultStart() {
    return defaultStart;
  }

  public void setDefaultStart(String defaultStart) {
    MonthDay.parse("--" + defaultStart);
    this.defaultStart = defaultStart;
  }

  public List<Integer> getPhaseMonths() {
    return phaseMonths;
  }

  public void setPhaseMonths(List<Integer> phaseMonths) {
    if (phaseMonths.size() != 4 || phaseMonths.stream().anyMatch(m -> m == null || m < 1 || m > 6)) {
      throw new IllegalArgumentException("gonghui.two-visits.phase-months: four lengths of 1 to 6 months");
    }
    this.phaseMonths = List.copyOf(phaseMonths);
  }

  public Map<Integer, String> getSpringFestival() {
    return springFestival;
  }

  public void setSpringFestival(Map<Integer, String> springFestival) {
    this.springFestival = new TreeMap<>(springFestival);
  }

  public Period getReliefLead() {
    return reliefLead;
  }

  public void setReliefLead(Period reliefLead) {
    this.reliefLead = reliefLead;
  }

  public Period getProblemMinPeriod() {
    return problemMinPeriod;
  }

  public void setProblemMinPeriod(Period problemMinPeriod) {
    this.problemMinPeriod = problemMinPeriod;
  }
}
