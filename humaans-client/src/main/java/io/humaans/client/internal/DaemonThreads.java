package io.humaans.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads the client creates for itself: daemon threads, so a program that forgets {@code close()}
 * still exits when its {@code main} returns (OkHttp's own dispatcher threads are not daemons and
 * idle for 60 s).
 */
public final class DaemonThreads implements ThreadFactory {
  /** The name prefix of the client's dispatcher threads. */
  public static final String DISPATCHER_PREFIX = "humaans-http-";

  private final String prefix;
  private final AtomicInteger next = new AtomicInteger(1);

  private DaemonThreads(String prefix) {
    this.prefix = prefix;
  }

  /**
   * {@return an executor for OkHttp's dispatcher as OkHttp builds its own (unbounded, idle threads
   * end after 60 s), but with daemon threads named {@code humaans-http-N}}
   */
  public static ExecutorService dispatcherExecutor() {
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        60,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        new DaemonThreads(DISPATCHER_PREFIX));
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + next.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  }
}
