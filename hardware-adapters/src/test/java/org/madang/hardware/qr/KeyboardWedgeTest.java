package org.madang.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.madang.hardware.testing.Poll;

class KeyboardWedgeTest {

    @Test
    void fastBurstsEndedByEnterAreScansAndTypingIsNot() {
        WedgeDecoder d = new WedgeDecoder(30, 4);
        long t = 1000;
        for (char c : "MDG1.B.42".toCharArray()) {
            d.key(c, t += 9);
        }
        assertThat(d.enter(t + 9)).hasValue("MDG1.B.42");

        for (char c : "hello".toCharArray()) {
            d.key(c, t += 180);
        }
        assertThat(d.enter(t + 200)).isEmpty();

        // a person who types one key right after a scan-like burst does not make it one
        d.key('a', t += 500);
        d.key('b', t += 10);
        assertThat(d.enter(t + 10)).as("too short to be a code").isEmpty();
        for (char c : "ABCDEF".toCharArray()) {
            d.key(c, t += 10);
        }
        assertThat(d.enter(t + 400)).as("a slow Enter after the burst").isEmpty();
    }

    private static void post(JTextField target, int id, int code, char ch, long when) {
        int modifiers = Character.isUpperCase(ch) ? KeyEvent.SHIFT_DOWN_MASK : 0;
        Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(new KeyEvent(target, id, when, modifiers,
                id == KeyEvent.KEY_TYPED ? KeyEvent.VK_UNDEFINED : code, ch));
    }

    private static void type(JTextField target, String text, long start, long gap) {
        long when = start;
        for (char c : text.toCharArray()) {
            int code = Character.isDigit(c) ? KeyEvent.VK_0 + (c - '0') : c == '<' ? KeyEvent.VK_LESS : KeyEvent.VK_A + (Character.toLowerCase(c) - 'a');
            post(target, KeyEvent.KEY_PRESSED, code, c, when);
            post(target, KeyEvent.KEY_TYPED, 0, c, when);
            post(target, KeyEvent.KEY_RELEASED, code, c, when + 1);
            when += gap;
        }
        post(target, KeyEvent.KEY_PRESSED, KeyEvent.VK_ENTER, '\n', when);
        post(target, KeyEvent.KEY_RELEASED, KeyEvent.VK_ENTER, '\n', when + 1);
    }

    @Test
    void anMrzReaderTypingTheZoneIsRead() throws Exception {
        List<org.madang.hardware.id.Identity> read = new CopyOnWriteArrayList<>();
        AtomicReference<JTextField> field = new AtomicReference<>();
        AtomicReference<JFrame> frame = new AtomicReference<>();
        try (var reader = new org.madang.hardware.id.WedgeMrzReader("idReader", "mrz+wedge:", 30,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-21T01:00:00Z"), java.time.ZoneId.of("Asia/Seoul")))) {
            reader.addListener(new org.madang.hardware.id.IdReaderListener() {
                @Override
                public void identified(org.madang.hardware.id.Identity identity) {
                    read.add(identity);
                }

                @Override
                public void refused(String reason) {
                    throw new AssertionError(reason);
                }
            });
            EventQueue.invokeAndWait(() -> {
                JFrame f = new JFrame("mrz");
                JTextField t = new JTextField(20);
                f.add(t);
                f.pack();
                f.setVisible(true);
                t.requestFocusInWindow();
                field.set(t);
                frame.set(f);
            });
            reader.open();
            Poll.until(() -> field.get().isFocusOwner(), "the field to have focus");
            EventQueue.invokeAndWait(() -> { });
            long now = System.currentTimeMillis();
            List<String> zone = org.madang.hardware.emulator.MrzSpecimens.koreanPassport();
            type(field.get(), zone.get(0), now, 8);
            type(field.get(), zone.get(1), now + 1000, 8);
            Poll.until(() -> read.size() == 1, "the passport");
            assertThat(read.get(0).birthDate()).hasToString("1969-08-06");
        } finally {
            EventQueue.invokeAndWait(() -> frame.get().dispose());
        }
    }

    @Test
    void aScanInAWindowReachesTheListenerAndStaysOutOfTheFocusedField() throws Exception {
        List<String> scans = new CopyOnWriteArrayList<>();
        AtomicReference<JTextField> field = new AtomicReference<>();
        AtomicReference<JFrame> frame = new AtomicReference<>();
        try (KeyboardWedge wedge = new KeyboardWedge(30, 4, scans::add)) {
            EventQueue.invokeAndWait(() -> {
                JFrame f = new JFrame("wedge");
                JTextField t = new JTextField(20);
                f.add(t);
                f.pack();
                f.setVisible(true);
                KeyboardWedge.keepImeOut(f);
                t.requestFocusInWindow();
                wedge.install();
                field.set(t);
                frame.set(f);
            });
            Poll.until(() -> field.get().isFocusOwner(), "the field to have focus");
            long now = System.currentTimeMillis();
            type(field.get(), "MDG1B42XY", now, 8);
            Poll.until(() -> scans.size() == 1, "the scan");
            assertThat(scans).containsExactly("MDG1B42XY");
            EventQueue.invokeAndWait(() -> { });
            assertThat(field.get().getText()).as("at most the first key of a scan leaks into the field").hasSizeLessThanOrEqualTo(1);

            EventQueue.invokeAndWait(() -> field.get().setText(""));
            type(field.get(), "hello", now + 10_000, 150);
            EventQueue.invokeAndWait(() -> { });
            assertThat(field.get().getText()).isEqualTo("hello");
            assertThat(scans).hasSize(1);
        } finally {
            EventQueue.invokeAndWait(() -> frame.get().dispose());
        }
    }
}
