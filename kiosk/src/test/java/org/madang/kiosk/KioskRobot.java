package org.madang.kiosk;

import javax.swing.JButton;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.madang.hardware.testing.Poll;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.ui.UiExecutor;

/** A kiosk in a real window under the robot, over a seeded test site with simulated devices. */
abstract class KioskRobot {
    /** Satisfaction answers given in the test, the demo's month of answers aside. */
    static final String FROM_THIS_TEST = "answer_key NOT LIKE 'demo:%'";
    protected KioskFixture fixture;
    protected UiExecutor executor;
    protected FrameFixture window;
    protected KioskApp app;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        fixture = new KioskFixture("screen.widthPx=900", "screen.heightPx=1600");
        executor = new UiExecutor();
        KioskWindow kiosk = GuiActionRunner.execute(() -> {
            ScreenScale scale = new ScreenScale(fixture.config.screen(), fixture.font);
            app = new KioskApp(fixture.services, executor, Theme.installTouch(fixture.font, scale), scale, false);
            return new KioskWindow(app, "kiosk", 900, 1600, false, () -> { });
        });
        window = new FrameFixture(kiosk.frame());
        GuiActionRunner.execute(kiosk::show);
    }

    @AfterEach
    void close() {
        window.cleanUp();
        executor.close();
        fixture.close();
    }

    /** Clicks the first enabled, visible button whose name starts with {@code name}, once one appears. */
    protected void click(String name) {
        Poll.until(() -> !window.robot().finder().findAll(window.target(), enabledButton(name)).isEmpty(), name + " to appear");
        // several may match a prefix (days, times): take the first, as a resident reading top-down would
        JButton first = window.robot().finder().findAll(window.target(), enabledButton(name)).iterator().next();
        // a long list scrolls: bring the button into view first, as a resident would scroll to it
        // scrolled again at each look: a screen still settling (rebuilt zoomed) moves it after the first scroll
        Poll.until(() -> GuiActionRunner.execute(() -> {
            scrollIntoView(first);
            return first.getVisibleRect().height == first.getHeight();
        }), name + " to scroll into view");
        new JButtonFixture(window.robot(), first).click();
    }

    /** From home, through a sports facility's calendar to one of its times: the booking flow up to the ID card. */
    protected void chooseSportsTime(String facility, org.madang.core.facility.Slot slot) {
        click("home.booking");
        click("category.sports");
        click("facility." + facility);
        click("facility.days");
        click("day." + slot.startsAt().toLocalDate());
        click("slot." + slot.startsAt().toLocalTime());
    }

    /** Scrolls every scrolling list around {@code c} (a zoomed screen's, and a list's inside it) until it shows. */
    private static void scrollIntoView(java.awt.Component c) {
        for (java.awt.Container port = javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JViewport.class, c); port != null;
                port = javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JViewport.class, port)) {
            if (((javax.swing.JViewport) port).getView() instanceof javax.swing.JComponent view) {
                view.scrollRectToVisible(javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), view));
            }
        }
    }

    /** Whether a named component is on screen now. */
    protected boolean showing(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(),
                new GenericTypeMatcher<>(java.awt.Component.class, false) {
                    @Override
                    protected boolean isMatching(java.awt.Component c) {
                        return name.equals(c.getName()) && c.isShowing();
                    }
                }).size() > 0);
    }

    /** The first free time, on the first day open to booking with one, of a facility: what a test chooses on screen. */
    static org.madang.core.facility.Slot freeTime(KioskFixture fixture, String code) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(fixture.site.clock);
        var facility = fixture.site.facilities().all().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        var calendar = fixture.site.rules().calendar();
        for (java.time.LocalDate day = now.toLocalDate().plusDays(1); !day.isAfter(calendar.lastOpenDay(now)); day = day.plusDays(1)) {
            if (calendar.phase(day, facility.popular(), now) instanceof org.madang.core.booking.BookingCalendar.Phase.Open) {
                var free = fixture.site.facilities().slots(facility.id(), day, now).stream().filter(s -> !s.isFull()).findFirst();
                if (free.isPresent()) {
                    return free.get();
                }
            }
        }
        throw new IllegalStateException(code + " has no free time in the open window");
    }

    protected void waitForScreen(String id) {
        Poll.until(() -> id.equals(GuiActionRunner.execute(this::currentScreen)), "the screen " + id);
    }

    private static GenericTypeMatcher<JButton> enabledButton(String namePrefix) {
        return new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton b) {
                return b.getName() != null && b.getName().startsWith(namePrefix) && b.isEnabled() && b.isShowing();
            }
        };
    }

    protected String currentScreen() {
        java.awt.Component deck = window.robot().finder().findByName(window.target(), "screens");
        for (java.awt.Component c : ((java.awt.Container) deck).getComponents()) {
            if (c.isVisible()) {
                return c.getName().substring("screen.".length());
            }
        }
        return "";
    }
    /** Moves the focus with Down to the first control named {@code name}, then presses OK (Enter). */
    protected void press(String name) {
        Poll.until(() -> showing(name), name + " to appear");
        // a new screen puts the focus on its first control: a keypad user moves on from there, not from the last screen's
        Poll.until(() -> GuiActionRunner.execute(() -> {
            java.awt.Component owner = focusOwner();
            return owner != null && owner.isShowing();
        }), "the focus on a control of the screen showing");
        for (int steps = 0; steps < 200; steps++) {
            java.awt.Component focused = GuiActionRunner.execute(KioskRobot::focusOwner);
            if (focused != null && focused.getName() != null && focused.getName().startsWith(name)) {
                // a keypad user sees what they are about to press: the focus scrolled it into view, whole
                Poll.until(() -> GuiActionRunner.execute(() -> focused.isShowing()
                        && ((javax.swing.JComponent) focused).getVisibleRect().height == focused.getHeight()), name + " scrolled into view");
                // to whatever has the focus (the window fixture's own key methods focus the frame first)
                window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER);
                return;
            }
            window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_DOWN);
            Poll.until(() -> GuiActionRunner.execute(KioskRobot::focusOwner) != focused, "the focus to move on from " + name);
        }
        throw new AssertionError(name + " cannot be reached with Down");
    }

    private static java.awt.Component focusOwner() {
        return java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }
}
