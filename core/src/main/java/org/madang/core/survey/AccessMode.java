package org.madang.core.survey;

/** An accessibility mode a resident had on when answering (ACCESSIBILITY.md #4, #5, #6, #8). */
public enum AccessMode {
    VOICE, ZOOM, LOW_POSITION, HIGH_CONTRAST;
}
