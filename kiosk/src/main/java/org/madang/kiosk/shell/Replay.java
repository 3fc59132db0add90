package org.madang.kiosk.shell;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps a visit's presenters when its screens are rebuilt (zoom, low position, a language) and
 * shows again what they showed, so a resident who enlarges the screen halfway through a booking
 * finds it where they left it. Each presenter talks to its screens through a stand-in that
 * forwards to the screens of the moment and remembers what it was told to show since the visit
 * last left the home screen; {@link #showAgain()} tells the new screens the same, in order.
 */
public final class Replay {
    /** View calls that only show a passing state, not worth showing again. */
    private static final List<String> PASSING = List.of("setBusy");

    private final Map<Class<?>, Seat<?>> seats = new LinkedHashMap<>();
    private final List<Shown> shown = new ArrayList<>();
    private boolean replaying;

    /**
     * The presenter of {@code type}'s screens: made by {@code make} with a stand-in view the first
     * time in a visit, the same one after a rebuild (now talking to {@code screens}).
     */
    public <V, P> P presenter(Class<V> type, V screens, Function<V, P> make) {
        @SuppressWarnings("unchecked")
        Seat<V> seat = (Seat<V>) seats.computeIfAbsent(type, t -> new Seat<>(type));
        seat.target = screens;
        if (seat.presenter == null) {
            seat.presenter = make.apply(seat.standIn);
        }
        @SuppressWarnings("unchecked")
        P presenter = (P) seat.presenter;
        return presenter;
    }

    /** Whether this visit has a presenter for {@code type}'s screens (its screens are to be made again after a rebuild). */
    public boolean seated(Class<?> type) {
        Seat<?> seat = seats.get(type);
        return seat != null && seat.presenter != null;
    }

    /** Back at the home screen: what the services showed so far is not to be shown again. */
    public void forget() {
        if (!replaying) {
            shown.clear();
        }
    }

    /** Whether a service showed anything since the visit last left the home screen. */
    public boolean hasShown() {
        return !shown.isEmpty();
    }

    /** Whether {@link #showAgain()} is running (the screens are being filled again, not by the resident). */
    public boolean replaying() {
        return replaying;
    }

    /**
     * Tells the current screens, in order, what the presenters told the screens before them.
     *
     * @param first what to do first (start from home), already as part of the replay
     */
    public void showAgain(Runnable first) {
        replaying = true;
        try {
            first.run();
            for (Shown s : List.copyOf(shown)) {
                s.showOn(s.seat.target);
            }
        } finally {
            replaying = false;
        }
    }

    /** The visit is over (its presenters disposed): the next visit makes new ones. */
    public void endVisit() {
        seats.clear();
        shown.clear();
    }

    private final class Seat<V> {
        final V standIn;
        V target;
        Object presenter;

        Seat(Class<V> type) {
            InvocationHandler forward = this::invoke;
            standIn = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, forward));
        }

        private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "view of " + target;
                };
            }
            if (method.getReturnType() == void.class && !replaying && !PASSING.contains(method.getName())) {
                shown.add(new Shown(this, method, args == null ? new Object[0] : args.clone()));
            }
            return call(method, target, args);
        }
    }

    private record Shown(Seat<?> seat, Method method, Object[] args) {
        void showOn(Object screens) {
            call(method, screens, args);
        }
    }

    private static Object call(Method method, Object on, Object[] args) {
        try {
            return method.invoke(on, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
