package cn.gonghui.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.security.AttackedProcess.ApiTarget;
import cn.gonghui.bpm.security.AttackedProcess.TaskTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 7, point 5, for every process of {@link AttackedProcesses#ALL}: a race ends with exactly one winner
 * and a 409 in Chinese for everybody else, never a 500 — two completions of the same unclaimed task, a
 * double-clicked form submission, two starts with the same new details, two starts for the same subject
 * through /engine-rest and through the process's /api. Each scenario runs {@value #RACES} races of
 * {@value #ATTEMPTS} attempts released at the same instant, and checks afterwards that exactly one attempt
 * took effect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaceAttackTest extends AttackSupport {

  static final int RACES = 25;
  static final int ATTEMPTS = 2;

  private ExecutorService pool;

  @BeforeAll
  void startPool() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  void stopPool() {
    pool.shutdownNow();
  }

  @TestFactory
  Stream<DynamicTest> twoCompletionsOfTheSameUnclaimedTaskEndWithOneWinner() {
    return AttackedProcesses.ALL.stream().map(process -> DynamicTest.dynamicTest(process.key(), () -> inRounds(process, races -> {
      TaskTarget task = process.task(process.raceTask());
      List<String> instances = cases(process, task, races);
      List<String> tasks = instances.stream().map(instance -> taskId(instance, task.taskKey())).toList();
      race("complete", tasks, id -> post("/engine-rest/task/" + id + "/complete").as(task.worker()).json(withVariables(task.validFields())), 204);
      instances.forEach(instance -> completedOnce(instance, task.taskKey()));
    })));
  }

  @TestFactory
  Stream<DynamicTest> aDoubleSubmittedTaskFormEndsWithOneWinner() {
    return AttackedProcesses.ALL.stream().map(process -> DynamicTest.dynamicTest(process.key(), () -> inRounds(process, races -> {
      TaskTarget task = process.task(process.raceTask());
      List<String> instances = cases(process, task, races);
      List<String> tasks = instances.stream().map(instance -> taskId(instance, task.taskKey())).toList();
      race("submit-form", tasks,
          id -> post("/engine-rest/task/" + id + "/submit-form").as(task.worker()).json(withVariables(task.validFields())), 204);
      instances.forEach(instance -> completedOnce(instance, task.taskKey()));
    })));
  }

  /** Users start only processes that users start (the others refuse every user's start, see WorkflowAttackTest). */
  private static Stream<AttackedProcess> startedByUsers() {
    return AttackedProcesses.ALL.stream().filter(process -> !process.systemStartOnly());
  }

  @TestFactory
  Stream<DynamicTest> twoStartsWithTheSameNewDetailsEndWithOneCase() {
    return startedByUsers().map(process -> DynamicTest.dynamicTest(process.key(), () -> inRounds(process, races -> {
      List<Map<String, Object>> starts = new ArrayList<>();
      for (int i = 0; i < races; i++) {
        starts.add(process.validStart().apply(this));
      }
      long before = instancesOf(process);
      race("start", starts,
          start -> post("/engine-rest/process-definition/key/" + process.key() + "/start").as(process.starter()).json(withVariables(start)),
          200);
      assertThat(instancesOf(process) - before).as("one case per start details").isEqualTo(races);
    })));
  }

  @TestFactory
  Stream<DynamicTest> twoStartsForTheSameSubjectThroughEngineRestEndWithOneCase() {
    return startedByUsers().map(process -> DynamicTest.dynamicTest(process.key(), () -> inRounds(process, races -> {
      List<Map<String, Object>> subjects = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Runnable> setup = new ArrayList<>();
      for (int i = 0; i < races; i++) {
        setup.add(() -> subjects.add(process.foreignSubject().apply(this)));
      }
      inParallel(setup);
      long before = instancesOf(process);
      race("start for a subject", subjects,
          subject -> post("/engine-rest/process-definition/key/" + process.key() + "/start").as(process.starter()).json(withVariables(subject)),
          200);
      assertThat(instancesOf(process) - before).as("one case per subject").isEqualTo(races);
    })));
  }

  @TestFactory
  Stream<DynamicTest> twoCallsOfTheProcessApiWithTheSameNewDetailsEndWithOneRecord() {
    return AttackedProcesses.ALL.stream()
        .flatMap(process -> process.apis().stream().map(api -> DynamicTest.dynamicTest(process.key() + " " + api.path(), () -> inRounds(process, races -> {
          List<Map<String, Object>> bodies = new ArrayList<>();
          for (int i = 0; i < races; i++) {
            bodies.add(api.validBody().apply(this));
          }
          raceApi(process, api, bodies);
        }))));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private void raceApi(AttackedProcess process, ApiTarget api, List<Map<String, Object>> bodies) {
    long before = instancesOf(process);
    List<List<Answer>> results = run(bodies, body -> post(api.path()).as(api.caller(process)).json(body));
    for (List<Answer> race : results) {
      noServerError(race);
      long winners = race.stream().filter(a -> a.status() == api.created()).count();
      // registering the same details twice may be an update (both succeed); starting twice may not
      assertThat(winners).as("winners of %s", race).isBetween(1L, api.startsCase() ? 1L : (long) ATTEMPTS);
      race.stream().filter(a -> a.status() != api.created()).forEach(loser -> refused(loser, 409));
    }
    if (api.startsCase()) {
      assertThat(instancesOf(process) - before).isEqualTo(bodies.size());
    }
  }

  /** How many start races with distinct new details run side by side for {@code process}. */
  private static int races(AttackedProcess process) {
    return process.races() == 0 ? RACES : process.races();
  }

  private <T> void race(String what, List<T> targets, Function<T, Call> attempt, int won) {
    List<List<Answer>> results = run(targets, attempt);
    int conflicts = 0;
    for (List<Answer> race : results) {
      noServerError(race);
      assertThat(race.stream().filter(a -> a.status() == won).count()).as("exactly one winner of %s: %s", what, race).isEqualTo(1);
      for (Answer loser : race) {
        if (loser.status() != won) {
          refused(loser, 409);
          conflicts++;
        }
      }
    }
    assertThat(conflicts).isEqualTo(targets.size() * (ATTEMPTS - 1));
  }

  /**
   * The {@link #races} of a process, in rounds of as many as one unit may have cases open at once (all in one
   * round for most processes); the fixture makes room between rounds.
   */
  private static void inRounds(AttackedProcess process, java.util.function.IntConsumer round) {
    int total = races(process);
    int size = Math.max(1, Math.min(total, process.openCasesPerUnit()));
    for (int done = 0; done < total; done += size) {
      round.accept(Math.min(size, total - done));
    }
  }

  private static void noServerError(List<Answer> race) {
    for (Answer answer : race) {
      assertThat(answer.status()).as("%s", answer).isLessThan(500);
    }
  }

  /** Each target raced by {@link #ATTEMPTS} requests released together; the answers per target. */
  private <T> List<List<Answer>> run(List<T> targets, Function<T, Call> attempt) {
    List<List<Future<Answer>>> futures = new ArrayList<>();
    for (T target : targets) {
      CyclicBarrier gate = new CyclicBarrier(ATTEMPTS);
      List<Future<Answer>> race = new ArrayList<>();
      for (int i = 0; i < ATTEMPTS; i++) {
        Call call = attempt.apply(target);
        race.add(pool.submit(() -> {
          gate.await(30, TimeUnit.SECONDS);
          return call.send();
        }));
      }
      futures.add(race);
    }
    List<List<Answer>> answers = new ArrayList<>();
    for (List<Future<Answer>> race : futures) {
      List<Answer> results = new ArrayList<>();
      for (Future<Answer> future : race) {
        try {
          results.add(future.get(120, TimeUnit.SECONDS));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      answers.add(results);
    }
    return answers;
  }

  /** {@code count} cases waiting in {@code task}, set up side by side. */
  private List<String> cases(AttackedProcess process, TaskTarget task, int count) {
    List<String> instances = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Runnable> setup = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      setup.add(() -> instances.add(caseAt(process, task)));
    }
    inParallel(setup);
    return new ArrayList<>(instances);
  }

  private void completedOnce(String instance, String taskKey) {
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance).taskDefinitionKey(taskKey).finished().count())
        .as("%s completed once in %s", taskKey, instance)
        .isEqualTo(1);
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance)).doesNotContain(taskKey);
  }

  private long instancesOf(AttackedProcess process) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(process.key()).count();
  }
}
