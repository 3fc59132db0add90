package org.madang.core.practice;

/** A practice account: a nickname and four digits to sign in with — no RRN, no card. */
public record Learner(long id, long classId, String nickname, String digits) {
}
