package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code madang bench race} and {@code bench crash} at a small size: real terminal processes on
 * one site database, raced and killed with SIGKILL; nothing overbooked, doubled, lost or left
 * half-written, and the event chain whole.
 */
class HarnessBenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void threeTerminalsRacingForTheLastSeatsOverbookAndDoubleNothing() throws Exception {
        MadangRun run = MadangRun.of("bench", "race", "--terminals", "3", "--seconds", "4", "--json");
        JsonNode figures = JSON.readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(figures.get("successes").asLong()).isPositive();
        assertThat(figures.get("attempts").asLong()).isGreaterThan(figures.get("successes").asLong()); // the last seats ran out
        assertThat(figures.get("byKind").get("booking").asLong()).isPositive();
        assertThat(figures.get("overbookings").asLong()).isZero();
        assertThat(figures.get("duplicates").asLong()).isZero();
        assertThat(figures.get("lost").asLong()).isZero();
        assertThat(figures.get("partial").asLong()).isZero();
        assertThat(figures.get("chainOk").asBoolean()).isTrue();
        assertThat(figures.get("finished").asLong()).isEqualTo(3);
    }

    /**
     * Two centres' terminals (processes, each another centre's) racing through the county's
     * PostgreSQL (Debian's, started by {@code madang county}) for one facility's last seats: each
     * seat goes to one of them, nothing is doubled or lost, the county's chain is whole.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoCentresTerminalsRacingThroughTheCountysPostgresqlOverbookNothing() throws Exception {
        MadangRun run = MadangRun.of("bench", "race", "--county", "2", "--terminals", "2", "--seconds", "4", "--json");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode figures = JSON.readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(figures.get("database").asText()).isEqualTo("PostgreSQL");
        assertThat(figures.get("centres").asInt()).isEqualTo(2);
        assertThat(figures.get("byKind").get("booking").asLong()).isPositive();
        assertThat(figures.get("attempts").asLong()).isGreaterThan(figures.get("successes").asLong());
        assertThat(figures.get("overbookings").asLong()).isZero();
        assertThat(figures.get("duplicates").asLong()).isZero();
        assertThat(figures.get("lost").asLong()).isZero();
        assertThat(figures.get("partial").asLong()).isZero();
        assertThat(figures.get("chainOk").asBoolean()).isTrue();
        assertThat(figures.get("finished").asLong()).isEqualTo(2);
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void terminalsKilledMidWorkLoseNothingTheyAcknowledged() throws Exception {
        MadangRun run = MadangRun.of("bench", "crash", "--crashes", "3", "--seed", "7", "--json");
        JsonNode figures = JSON.readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(figures.get("crashes").asLong()).isEqualTo(3);
        assertThat(figures.get("acknowledged").asLong()).isPositive();
        assertThat(figures.get("lost").asLong()).isZero();
        assertThat(figures.get("partial").asLong()).isZero();
        assertThat(figures.get("duplicates").asLong()).isZero();
        assertThat(figures.get("overbookings").asLong()).isZero();
        assertThat(figures.get("unprinted").asLong()).isZero();
        assertThat(figures.get("chainOk").asBoolean()).isTrue();
    }
}
