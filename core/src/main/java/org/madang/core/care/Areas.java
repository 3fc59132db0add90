package org.madang.core.care;

import java.util.Arrays;
import java.util.Optional;

/** The area an address lies in, as officers are assigned by it: its 읍, 면 or 동 ("마당군 솔빛면 들꽃로 12" → 솔빛면). */
public final class Areas {
    private Areas() {
    }

    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return Arrays.stream(address.strip().split("\\s+"))
                .filter(w -> w.length() >= 2 && (w.endsWith("읍") || w.endsWith("면") || w.endsWith("동")))
                .findFirst();
    }
}
