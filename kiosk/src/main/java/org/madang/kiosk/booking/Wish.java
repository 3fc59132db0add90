package org.madang.kiosk.booking;

/** What the resident asks for with a chosen time: to book it, to wait for a seat, or to enter its lottery. */
public enum Wish {
    BOOK("booking.confirm.book", "booking.confirm.title"),
    WAIT("booking.wait.confirm", "booking.wait.title"),
    LOTTERY("booking.lottery.confirm", "booking.lottery.title");

    private final String buttonKey;
    private final String titleKey;

    Wish(String buttonKey, String titleKey) {
        this.buttonKey = buttonKey;
        this.titleKey = titleKey;
    }

    /** The words on the one big button of the confirm screen. */
    public String buttonKey() {
        return buttonKey;
    }

    /** The confirm screen's title. */
    public String titleKey() {
        return titleKey;
    }
}
