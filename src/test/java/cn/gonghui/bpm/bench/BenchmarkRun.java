package cn.gonghui.bpm.bench;

import org.junit.jupiter.api.Test;

/**
 * The full benchmark, run only by the Maven profile {@code bench} ({@code bench/run.sh}); the sizes come from
 * the system property {@code bench.sizes} (default 1000 10000 100000). Results: target/bench/report.md.
 */
class BenchmarkRun {

  @Test
  void run() throws Exception {
    Benchmark.main(new String[] {System.getProperty("bench.sizes", "1000 10000 100000")});
  }
}
