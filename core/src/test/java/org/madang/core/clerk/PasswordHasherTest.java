package org.madang.core.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);

    @Test
    void matchesOnlyTheRightPasswordAndSaltsEachHash() {
        String stored = hasher.hash("madang1234".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("madang1234");
        assertThat(hasher.matches("madang1234".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("madang1235".toCharArray(), stored)).isFalse();
        assertThat(hasher.hash("madang1234".toCharArray())).isNotEqualTo(stored);
        assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
    }
}
