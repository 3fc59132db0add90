package org.madang.core.practice;

/** Why an attempt was made: practice, or one of the skill check's three tasks before or after the course. */
public enum Purpose {
    PRACTICE,
    BEFORE,
    AFTER
}
