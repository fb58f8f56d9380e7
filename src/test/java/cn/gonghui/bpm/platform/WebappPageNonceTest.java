package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.bpm.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web apps' pages while other requests are being answered (a county office at nine in the morning): every
 * Tasklist, Cockpit and Welcome page marks its scripts with the nonce of its own Content-Security-Policy, or the
 * browser runs none of them and the app never leaves its spinner ({@link RequestScopedCspNonce}).
 */
class WebappPageNonceTest extends PostgresIntegrationTest {

  private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");
  private static final int PAGES_PER_APP = 120;

  @Test
  void everyPageCarriesTheNonceOfItsOwnPolicyWhileOtherRequestsRun() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    AtomicBoolean pagesDone = new AtomicBoolean();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(5);
    try {
      // other users' requests: the REST API and the web apps' own API, each answered with a policy of its own
      List<Future<Integer>> others = new ArrayList<>();
      for (String path : List.of("/engine-rest/version", "/camunda/api/engine/engine/")) {
        others.add(
            threads.submit(
                () -> {
                  int answered = 0;
                  while (!pagesDone.get()) {
                    client.send(get(path), HttpResponse.BodyHandlers.discarding());
                    answered++;
                  }
                  return answered;
                }));
      }
      List<Future<Integer>> pages = new ArrayList<>();
      for (String app : List.of("tasklist", "cockpit", "welcome")) {
        pages.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < PAGES_PER_APP; i++) {
                    HttpResponse<String> page = client.send(get("/camunda/app/" + app + "/default/"), HttpResponse.BodyHandlers.ofString());
                    assertThat(page.statusCode()).as(app).isEqualTo(200);
                    Matcher policy = POLICY_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
                    assertThat(policy.find()).as(app + ": a nonce in the policy").isTrue();
                    Set<String> marked = new TreeSet<>();
                    Matcher script = PAGE_NONCE.matcher(page.body());
                    while (script.find()) {
                      marked.add(script.group(1));
                    }
                    assertThat(marked).as(app + ": the page's scripts carry a nonce").isNotEmpty();
                    if (!marked.equals(Set.of(policy.group(1)))) {
                      mismatches.add(app + " page " + i + ": policy " + policy.group(1) + ", scripts " + marked);
                    }
                  }
                  return PAGES_PER_APP;
                }));
      }
      int pagesRead = 0;
      for (Future<Integer> app : pages) {
        pagesRead += app.get();
      }
      pagesDone.set(true);
      int othersAnswered = 0;
      for (Future<Integer> other : others) {
        othersAnswered += other.get();
      }
      assertThat(pagesRead).isEqualTo(3 * PAGES_PER_APP);
      assertThat(othersAnswered).as("other requests answered meanwhile").isGreaterThan(0);
      assertThat(mismatches).as("pages whose scripts the browser would refuse").isEmpty();
    } finally {
      pagesDone.set(true);
      threads.shutdownNow();
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }
}
