package org.madang.kiosk;

import java.util.function.Consumer;

/** Something made the first time it is asked for (on the UI thread), and the same thing after. */
final class Later<T> {
    private final java.util.function.Supplier<T> make;
    private T made;

    Later(java.util.function.Supplier<T> make) {
        this.make = make;
    }

    T get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    boolean made() {
        return made != null;
    }

    void ifMade(Consumer<T> then) {
        if (made != null) {
            then.accept(made);
        }
    }
}
