package cn.gonghui.bpm.bench;

import cn.gonghui.bpm.founding.FoundingProcess;
import cn.gonghui.bpm.platform.validation.CreditCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds open founding cases through the engine in the application's own JVM: several threads, each starting
 * a batch of cases in one transaction as the system (no authenticated user), through the same start listener
 * and ledger registration as a clerk's start. Case i goes to community 7i mod 1,000: any first cases are spread
 * over all towns, and every 1,000 cases give each community one.
 */
final class CaseSeeder {

  static final int BATCH = 50;

  private final RuntimeService runtime;
  private final TransactionTemplate tx;
  private final List<String> communities;

  CaseSeeder(RuntimeService runtime, TransactionTemplate tx, List<String> communities) {
    this.runtime = runtime;
    this.tx = tx;
    this.communities = communities;
  }

  /** Starts cases number {@code from} (inclusive) to {@code to} (exclusive) of the seeding sequence. */
  void seed(long from, long to, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (long start = from; start < to; start += BATCH) {
        long first = start;
        long last = Math.min(to, start + BATCH);
        done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          for (long i = first; i < last; i++) {
            runtime.startProcessInstanceByKey(FoundingProcess.PROCESS_KEY, startVariables(i, "91", communities.get((int) (i * 7 % communities.size()))));
          }
        })));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The start form's fields for enterprise number {@code i}; {@code prefix} keeps seeded and API codes apart. */
  static Map<String, Object> startVariables(long i, String prefix, String community) {
    Map<String, Object> variables = new HashMap<>();
    int employees = 1 + (int) ((i * 37) % 120);
    if (community != null) {
      variables.put(FoundingProcess.FIELD_COMMUNITY_CODE, community);
    }
    variables.put(FoundingProcess.FIELD_ENTERPRISE_NAME, "基准企业" + prefix + "-" + i + "有限公司");
    variables.put(FoundingProcess.FIELD_CREDIT_CODE, creditCode(prefix, i));
    variables.put(FoundingProcess.FIELD_ADDRESS, "标杆县幸福路" + (i % 999 + 1) + "号");
    variables.put(FoundingProcess.FIELD_OWNER_NAME, "张" + (i % 97));
    variables.put(FoundingProcess.VAR_EMPLOYEE_COUNT, employees);
    variables.put(FoundingProcess.VAR_FEMALE_EMPLOYEE_COUNT, employees / 2);
    variables.put(FoundingProcess.VAR_HAS_PARTY_ORGANISATION, i % 3 == 0);
    return variables;
  }

  /** A valid 统一社会信用代码, unique per prefix and number. */
  static String creditCode(String prefix, long i) {
    String first17 = prefix + "3301" + String.format("%011d", i);
    return first17 + CreditCode.checkCharacter(first17);
  }
}
