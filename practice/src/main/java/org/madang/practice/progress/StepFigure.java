package org.madang.practice.progress;

import java.time.Duration;

/**
 * How the class did on one step of a lesson: how many attempts reached it, the average time on
 * it (where learners hesitate), and how many attempts ended there without the goal (where they
 * gave up).
 */
public record StepFigure(int index, int reached, Duration averageTime, int stoppedHere) {
}
