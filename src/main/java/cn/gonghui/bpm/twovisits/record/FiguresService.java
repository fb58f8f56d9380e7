package cn.gonghui.bpm.twovisits.record;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts what campaigns did: per campaign, read a few queries at a time for many campaigns. */
@Service
public class FiguresService {

  private final DepartmentVisits departmentVisits;
  private final HomeVisits homeVisits;
  private final Problems problems;
  private final Reliefs reliefs;

  public FiguresService(DepartmentVisits departmentVisits, HomeVisits homeVisits, Problems problems, Reliefs reliefs) {
    this.departmentVisits = departmentVisits;
    this.homeVisits = homeVisits;
    this.problems = problems;
    this.reliefs = reliefs;
  }

  @Transactional(readOnly = true)
  public Figures of(long campaignId) {
    return of(List.of(campaignId)).getOrDefault(campaignId, empty());
  }

  /** The figures of each campaign (campaigns without any record get zeros). */
  @Transactional(readOnly = true)
  public Map<Long, Figures> of(Collection<Long> campaignIds) {
    Map<Long, Figures> result = new HashMap<>();
    if (campaignIds.isEmpty()) {
      return result;
    }
    Map<Long, List<DepartmentVisit>> departments = group(departmentVisits.findByCampaignIdIn(campaignIds), DepartmentVisit::getCampaignId);
    Map<Long, List<HomeVisit>> homes = group(homeVisits.findByCampaignIdIn(campaignIds), HomeVisit::getCampaignId);
    Map<Long, List<Problem>> problemsOf = group(problems.findByCampaignIdInOrderById(campaignIds), Problem::getCampaignId);
    Map<Long, List<Relief>> reliefsOf = group(reliefs.findByCampaignIdIn(campaignIds), Relief::getCampaignId);
    java.time.LocalDate today = CampaignSchedule.today();
    for (Long id : campaignIds) {
      List<DepartmentVisit> d = departments.getOrDefault(id, List.of());
      List<HomeVisit> h = homes.getOrDefault(id, List.of());
      List<Problem> p = problemsOf.getOrDefault(id, List.of());
      List<Relief> r = reliefsOf.getOrDefault(id, List.of());
      Map<String, Long> byRoute = new TreeMap<>();
      Map<String, Long> byStatus = new TreeMap<>();
      p.forEach(x -> {
        if (x.getRoute() != null) {
          byRoute.merge(x.getRoute().name(), 1L, Long::sum);
        }
        byStatus.merge(x.getStatus().name(), 1L, Long::sum);
      });
      result.put(
          id,
          new Figures(
              d.size(),
              (int) d.stream().filter(DepartmentVisit::isDone).count(),
              d.stream().filter(DepartmentVisit::isDone).mapToInt(v -> v.getPeopleReached() == null ? 0 : v.getPeopleReached()).sum(),
              h.size(),
              (int) h.stream().filter(HomeVisit::isDone).count(),
              (int) h.stream().filter(HomeVisit::isDone).map(HomeVisit::getFileId).distinct().count(),
              (int) h.stream().filter(v -> v.isDone() && v.isNewFile()).count(),
              p.size(),
              byRoute,
              byStatus,
              (int) p.stream().filter(x -> x.isOverdueOn(today)).count(),
              (int) r.stream().filter(x -> x.getFileId() != null).count(),
              (int) r.stream().filter(x -> x.getFileId() == null).count(),
              r.stream().map(Relief::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
    return result;
  }

  static Figures empty() {
    return new Figures(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, BigDecimal.ZERO);
  }

  private static <T> Map<Long, List<T>> group(List<T> items, Function<T, Long> key) {
    return items.stream().collect(Collectors.groupingBy(key));
  }
}
