package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.config.ScreenGeometry;
import org.madang.hardware.testing.Poll;
import org.madang.kiosk.shell.VoiceGuide;
import org.madang.ui.DirectTasks;
import org.madang.ui.Offscreen;
import org.madang.ui.ScreenScale;
import org.madang.ui.Theme;
import org.madang.kiosk.KioskApp;
import org.madang.kiosk.KioskFixtureAccess;

/**
 * Walks every kiosk screen with the demo site's data and checks what ACCESSIBILITY.md asks
 * beyond sizes and colours: #14 no registration number and no resident's full name or phone
 * number on any screen, in its words for assistive technology, or in what the voice guide says
 * of it; #11 nothing that moves or flashes by itself while a screen is left alone; #15 no
 * picture without words.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PrivacyAndStillnessWalkTest {
    /** A registration number in clear: six digits of birth date, then seven (a masked one shows ● or * instead). */
    private static final Pattern RRN = Pattern.compile("(?<!\\d)\\d{6}\\s*-?\\s*[1-8]\\d{6}(?!\\d)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void noScreenShowsOrSaysARegistrationNumberOrAResidentsFullNameOrPhone(String lang) throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            // residents' names, less those of people whose names are public at the centre (instructors, staff)
            Set<String> names = new HashSet<>(fixture.site().database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT name FROM resident WHERE CHAR_LENGTH(name) >= 3").mapTo(String.class).list()));
            names.removeAll(fixture.site().database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT name FROM instructor UNION SELECT name FROM clerk").mapTo(String.class).list()));
            List<String> phones = fixture.site().database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT REPLACE(phone, '-', '') FROM resident WHERE phone IS NOT NULL").mapTo(String.class).list());
            assertThat(names).hasSizeGreaterThan(20);
            List<String> problems = new ArrayList<>();
            ScreenScale scale = new ScreenScale(fixture.config().screen(), fixture.font());
            SwingUtilities.invokeAndWait(() -> {
                KioskApp app = new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale, false);
                app.setLanguage(lang);
                KioskStager stager = new KioskStager(app, fixture.services());
                for (String id : KioskApp.screenIds()) {
                    stager.stage(id);
                    Offscreen.render(app.root(), 1080, 1920);
                    List<String> texts = new ArrayList<>();
                    collect(app.root(), texts);
                    texts.addAll(VoiceGuide.intro(app.screens().navigator().screen(id)));
                    for (String text : texts) {
                        if (RRN.matcher(text).find()) {
                            problems.add(id + " shows a registration number: " + text);
                        }
                        String digits = text.replaceAll("[^0-9]", "");
                        phones.stream().filter(p -> p.length() >= 10 && digits.contains(p)).findFirst()
                                .ifPresent(p -> problems.add(id + " shows a phone number in full: " + text));
                        names.stream().filter(n -> Pattern.compile("(?<!\\p{IsHangul})" + Pattern.quote(n)).matcher(text).find())
                                .findFirst().ifPresent(n -> problems.add(id + " shows the full name " + n + ": " + text));
                    }
                }
                app.stop();
            });
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void nothingOnAnyScreenMovesOrFlashesWhileLeftAlone() throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            ScreenGeometry geometry = fixture.config().screen().resized(1080, 1920);
            ScreenScale scale = new ScreenScale(geometry, fixture.font());
            KioskApp[] app = new KioskApp[1];
            KioskStager[] stager = new KioskStager[1];
            SwingUtilities.invokeAndWait(() -> {
                app[0] = new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale, false);
                // the session clock and the idle screen's notices run as on a kiosk (the test's clock stands still)
                app[0].start();
                stager[0] = new KioskStager(app[0], fixture.services());
            });
            List<String> moved = new ArrayList<>();
            ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor();
            try {
                for (String id : KioskApp.screenIds()) {
                    SwingUtilities.invokeAndWait(() -> stager[0].stage(id));
                    // what the screen does as it comes up settles first: the focus reaching its first control, a list
                    // scrolled to its top, a wrapped text centred again once drawn at its width — two looks alike
                    int[] last = {onEdt(() -> picture(app[0]))};
                    Poll.until(() -> {
                        int now = onEdt(() -> picture(app[0]));
                        boolean same = now == last[0];
                        last[0] = now;
                        return same;
                    }, id + " to settle");
                    int first = last[0];
                    // looks at uneven moments, so a blink at any rate from 3 to 50 a second cannot hide between them
                    List<ScheduledFuture<Integer>> later = new ArrayList<>();
                    for (int at : LOOKS_MS) {
                        later.add(looks.schedule(() -> onEdt(() -> picture(app[0])), at, TimeUnit.MILLISECONDS));
                    }
                    for (int i = 0; i < LOOKS_MS.length; i++) {
                        if (later.get(i).get(30, TimeUnit.SECONDS) != first) {
                            moved.add(id + " changed by itself within " + LOOKS_MS[i] + " ms");
                            break;
                        }
                    }
                }
            } finally {
                looks.shutdownNow();
            }
            SwingUtilities.invokeAndWait(app[0]::stop);
            assertThat(moved).isEmpty();
            // and what does change by itself changes slowly enough to read, and can be stopped (ServicesRobotTest turns it by hand)
            assertThat(org.madang.kiosk.home.IdlePage.NOTICE_SECONDS).isGreaterThanOrEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void everyPictureOnAButtonHasWordsBesideIt(String lang) throws Exception {
        try (KioskFixtureAccess fixture = KioskFixtureAccess.create()) {
            ScreenScale scale = new ScreenScale(fixture.config().screen(), fixture.font());
            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                KioskApp app = new KioskApp(fixture.services(), new DirectTasks(), Theme.installTouch(fixture.font(), scale), scale, false);
                app.setLanguage(lang);
                app.offerPractice(() -> { });
                KioskStager stager = new KioskStager(app, fixture.services());
                for (String id : KioskApp.screenIds()) {
                    stager.stage(id);
                    Offscreen.render(app.root(), 1080, 1920);
                    pictures(id, app.root(), problems);
                }
                app.stop();
            });
            assertThat(problems).isEmpty();
        }
    }

    /** Every button showing a picture also shows words (its text, or the lines drawn beside the picture); a symbol alone is not words. */
    private static void pictures(String screen, Container c, List<String> problems) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof AbstractButton b) {
                String words = b.getIcon() instanceof org.madang.ui.widget.TextLines lines ? lines.text()
                        : b.getText() == null ? "" : b.getText().replaceAll("<[^>]*>", " ");
                boolean picture = b.getIcon() != null && !(b.getIcon() instanceof org.madang.ui.widget.TextLines);
                // letters of some language, not only symbols (♪, ⊕, ◐, arrows)
                // a digit key's figure is its word
                if ((picture || !words.isBlank()) && !words.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    problems.add(screen + ": " + b.getName() + " shows " + (picture ? "a picture" : "'" + words.strip() + "'") + " without words");
                }
            }
            if (child instanceof Container inner) {
                pictures(screen, inner, problems);
            }
        }
    }

    /** When a screen left alone is looked at again, after it settled. */
    private static final int[] LOOKS_MS = {170, 480, 930};

    /** {@code work}'s answer, worked out on the event thread. */
    private static int onEdt(java.util.function.IntSupplier work) {
        int[] out = new int[1];
        try {
            SwingUtilities.invokeAndWait(() -> out[0] = work.getAsInt());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return out[0];
    }

    /** A fingerprint of the kiosk as drawn now. */
    private static int picture(KioskApp app) {
        BufferedImage image = Offscreen.render(app.root(), 1080, 1920);
        return java.util.Arrays.hashCode(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
    }

    /** What a showing component says: its words on screen and its name for assistive technology. */
    private static void collect(Component c, List<String> into) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof AbstractButton b && b.getText() != null) {
            into.add(b.getText().replaceAll("<[^>]*>", " "));
        } else if (c instanceof JLabel l && l.getText() != null) {
            into.add(l.getText().replaceAll("<[^>]*>", " "));
        } else if (c instanceof JTextComponent t) {
            into.add(t.getText());
        }
        AccessibleContext context = c.getAccessibleContext();
        if (context != null && context.getAccessibleName() != null) {
            into.add(context.getAccessibleName());
        }
        if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                collect(child, into);
            }
        }
    }
}
