package org.madang.config;

import java.util.List;

/**
 * A counter terminal's desk: the number residents are called to, the queue services it
 * calls tickets of (their codes; empty for every service of the site), and how long it may sit
 * untouched before it locks itself (0: never).
 */
public record CounterConfig(int number, List<String> services, int lockAfterSeconds) {
    public CounterConfig {
        services = List.copyOf(services);
    }

    /** Whether this desk calls tickets of the service with this code. */
    public boolean serves(String serviceCode) {
        return services.isEmpty() || services.contains(serviceCode);
    }
}
