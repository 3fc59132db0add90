package org.madang.config;

import java.time.Duration;

/**
 * Kiosk session timing: how long a session may sit idle, how early the warning appears,
 * and how often a resident may ask for more time.
 */
public record SessionConfig(Duration idle, Duration warning, int maxExtensions) {
}
