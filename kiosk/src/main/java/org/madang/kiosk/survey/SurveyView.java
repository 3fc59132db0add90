package org.madang.kiosk.survey;

/** The one-touch question after a completed service, as the resident sees it. */
public interface SurveyView {

    /** The question with its three faces, ready for a touch. */
    void ask();

    /** The answer was kept: thanks in place of the faces. */
    void thank();

    /** The answer could not be kept (the database did not answer): said plainly, the faces stay for another try. */
    void notKept();
}
