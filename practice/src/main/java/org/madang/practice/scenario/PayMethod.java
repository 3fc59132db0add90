package org.madang.practice.scenario;

import java.util.List;

/** A way to pay on a practice machine, every one simulated: nothing is charged. */
public enum PayMethod {
    CARD("card"),
    QR("qr"),
    CASH("cash");

    /** The notes the simulated cash slot takes, in won. */
    public static final List<Integer> NOTES = List.of(1000, 5000, 10000, 50000);

    private final String id;

    PayMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<PayMethod> of(String id) {
        return java.util.Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
