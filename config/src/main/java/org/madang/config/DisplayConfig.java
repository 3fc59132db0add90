package org.madang.config;

import java.util.List;

/**
 * A queue display board (terminal role DISPLAY): the languages it speaks each call in, in order
 * (Korean by default; add English for a centre with many foreign residents).
 */
public record DisplayConfig(List<String> speak) {
    public DisplayConfig {
        speak = List.copyOf(speak);
    }
}
