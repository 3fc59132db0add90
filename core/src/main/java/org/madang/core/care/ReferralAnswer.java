package org.madang.core.care;

/** What an outside agency answered to a referral. */
public enum ReferralAnswer {
    ACCEPTED, DECLINED;

    public String messageKey() {
        return switch (this) {
            case ACCEPTED -> "case.referral.accepted";
            case DECLINED -> "case.referral.declined";
        };
    }
}
