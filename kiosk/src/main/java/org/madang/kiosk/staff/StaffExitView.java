package org.madang.kiosk.staff;

/** The staff exit's screen: a clerk's sign-in that closes the kiosk. */
public interface StaffExitView {
    /** Shows the form, empty. */
    void showForm();

    /** Says in words why the kiosk stays open; the password is asked again. */
    void showRefused(String reason);
}
