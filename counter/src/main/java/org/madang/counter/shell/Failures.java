package org.madang.counter.shell;

import java.util.function.Consumer;
import org.madang.core.Refusal;
import org.madang.core.clerk.NotPermitted;

/** What a screen says when an act fails: who may do it when the role was the reason, the plain failure otherwise. */
public final class Failures {
    private Failures() {
    }

    public static Consumer<Throwable> shown(Consumer<Refusal> refused, Runnable failed) {
        return e -> {
            if (e instanceof NotPermitted no) {
                refused.accept(no.refusal());
            } else {
                failed.run();
            }
        };
    }
}
