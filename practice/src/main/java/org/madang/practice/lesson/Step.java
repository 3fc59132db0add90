package org.madang.practice.lesson;

import org.madang.core.facility.Localized;

/** One step of a lesson: what to do, in plain words to show and say, and the control that does it. */
public record Step(Localized say, Target target) {
}
