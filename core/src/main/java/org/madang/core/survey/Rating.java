package org.madang.core.survey;

/** How a resident found a service: the three faces of the question. */
public enum Rating {
    GOOD, OKAY, POOR;
}
