package org.madang.hardware.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something another thread does, with a deadline instead of a sleep. */
public final class Poll {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private Poll() {
    }

    /** Returns once {@code condition} holds; fails after 20 s naming {@code what}. */
    public static void until(BooleanSupplier condition, String what) {
        until(condition, () -> what);
    }

    /** As {@link #until(BooleanSupplier, String)}, describing the failure only when it happens. */
    public static void until(BooleanSupplier condition, Supplier<String> what) {
        until(condition, DEADLINE, what);
    }

    /** As {@link #until(BooleanSupplier, Supplier)}, for what takes longer than 20 s (processes started one after another). */
    public static void until(BooleanSupplier condition, Duration limit, Supplier<String> what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
