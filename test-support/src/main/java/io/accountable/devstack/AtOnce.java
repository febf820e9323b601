package io.accountable.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Sends requests at the same moment, each from its own thread, for the tests of what concurrent requests do. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs {@code count} requests, the i-th made by {@code request.apply(i)}, released together; their answers in that order. */
    public static <T> List<T> send(int count, IntFunction<Supplier<T>> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Supplier<T> one = request.apply(i);
                pending.add(pool.submit(() -> {
                    start.await();
                    return one.get();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
