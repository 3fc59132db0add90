package org.madang.counter.reports;

import org.madang.core.survey.SatisfactionTally;

/** The kiosk's satisfaction answers counted for the counter: per service, per accessibility mode, per language. */
public interface SatisfactionView {

    void showTally(SatisfactionTally tally);

    /** The counts could not be read; what was shown stays. */
    void showFailure();
}
