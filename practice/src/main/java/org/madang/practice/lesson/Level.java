package org.madang.practice.lesson;

/**
 * How much help a lesson gives (PRACTICE.md): {@code GUIDED} (따라하기) spotlights the next
 * control and lets only it work; {@code HINT} (도움 받기) lets the learner act freely and shows
 * the step after a pause or a wrong touch; {@code ON_MY_OWN} (혼자 하기) helps only when asked.
 */
public enum Level {
    GUIDED, HINT, ON_MY_OWN
}
