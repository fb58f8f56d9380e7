package cn.gonghui.bpm.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Answers kept for a few seconds, forgotten all at once when what they depend on changes: the store behind
 * {@link VerifiedPasswords}, {@link GrantAnswers} and {@link UserMemberships}.
 *
 * <p>An answer is asked for with {@link #ask()} before the question goes to the engine and kept with
 * {@link #keep}: if the answers were forgotten in between (a change committed while the question ran), the kept
 * answer belongs to an older generation and is never given out. At most {@code capacity} answers are kept; when
 * full, all are dropped.
 */
final class KeptAnswers<V> {

  /** A question on its way: when it was asked, in which generation. */
  record Asked(long generation, long expiresAt) {}

  private record Kept<V>(V value, long generation, long expiresAt) {}

  private final ConcurrentHashMap<String, Kept<V>> answers = new ConcurrentHashMap<>();
  /** Counts {@link #forgetAll()}. */
  private final AtomicLong generation = new AtomicLong();
  private final int capacity;
  private volatile long ttlNanos;

  KeptAnswers(long ttlSeconds, int capacity) {
    this.ttlNanos = ttlSeconds * 1_000_000_000L;
    this.capacity = capacity;
  }

  /** The kept answer, or {@code null} if there is none of this generation that is still fresh. */
  V get(String key) {
    Kept<V> kept = answers.get(key);
    if (kept != null && kept.generation() == generation.get() && System.nanoTime() - kept.expiresAt() < 0) {
      return kept.value();
    }
    return null;
  }

  /** To be taken before the question goes out. */
  Asked ask() {
    return new Asked(generation.get(), System.nanoTime() + ttlNanos);
  }

  void keep(String key, V value, Asked asked) {
    if (answers.size() >= capacity) {
      answers.clear();
    }
    answers.put(key, new Kept<>(value, asked.generation(), asked.expiresAt()));
  }

  void remove(String key) {
    answers.remove(key);
  }

  void forgetAll() {
    generation.incrementAndGet();
    answers.clear();
  }

  /** Forgets now and again when the engine's current transaction (if any) commits. */
  void forgetNowAndAfterCommit() {
    forgetAll();
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> forgetAll());
    }
  }

  /** For tests: how long an answer is kept. */
  void keepFor(long nanos) {
    ttlNanos = nanos;
  }
}
