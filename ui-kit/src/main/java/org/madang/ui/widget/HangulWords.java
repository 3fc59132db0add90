package org.madang.ui.widget;

import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.View;

/**
 * Korean breaks a line between words, at its spaces; Swing's HTML view breaks a text of
 * non-Latin letters, as the Unicode line-break rules allow, between any two syllables — a narrow
 * kiosk tile showed "(군청 연결 끊" over "김)". Swing breaks at spaces only when the document is not
 * marked multi-byte ({@code GlyphView} then takes a whitespace breaker instead of the locale's
 * line breaker), so {@link #keep} takes that mark off a view of Korean text. Chinese, which has
 * no spaces and breaks between any two characters, keeps it. The mark's name is
 * {@code AbstractDocument.MultiByteProperty}, not public but the same since Java 1.4;
 * {@code HangulWordsTest} lays a tile out and would see a change. The kiosk's wrapping text
 * areas break between words their own way ({@link WrappingText}, with {@link #insideWord}).
 */
public final class HangulWords {
    /** {@code AbstractDocument.MultiByteProperty}. */
    private static final String MULTI_BYTE = "multiByte";

    private HangulWords() {
    }

    /**
     * Has the component's HTML text break Korean lines between words, now and after every change:
     * the look and feel makes the text's view afresh whenever the text, font or colour changes,
     * and puts it on the component as a client property.
     */
    public static void keepIn(javax.swing.JComponent c) {
        keep((View) c.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey));
        c.addPropertyChangeListener(javax.swing.plaf.basic.BasicHTML.propertyKey, e -> {
            if (e.getNewValue() instanceof View view) {
                keep(view);
            }
        });
    }

    /** Makes the view break its lines only at spaces when its text is Korean (has Hangul, no Chinese characters). */
    static void keep(View view) {
        if (view == null) {
            return;
        }
        Document doc = view.getDocument();
        try {
            if (breaksAtSpaces(doc.getText(0, doc.getLength()))) {
                doc.putProperty(MULTI_BYTE, Boolean.FALSE);
                forgetBreaks(view, doc);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("the whole of a document is always there", e);
        }
    }

    /**
     * The view was laid out once as it was made, and its runs of text keep the break places they
     * found then until told of an insertion: it is told its whole text came in, as a text
     * component tells its views, so each run looks for them again (the view belongs to no text
     * component, so no one else hears of it).
     */
    private static void forgetBreaks(View view, Document doc) {
        if (doc instanceof javax.swing.text.AbstractDocument d) {
            javax.swing.event.DocumentEvent all = d.new DefaultDocumentEvent(0, d.getLength(), javax.swing.event.DocumentEvent.EventType.INSERT);
            // the root view (Swing's private renderer) holds the document's view as its one child
            for (int i = 0; i < view.getViewCount(); i++) {
                view.getView(i).insertUpdate(all, null, view.getViewFactory());
            }
        }
    }

    /** Whether a line would break inside a Korean word between {@code before} and {@code after}. */
    static boolean insideWord(char before, char after) {
        return (hangul(before) || hangul(after)) && wordPart(before) && wordPart(after);
    }

    private static boolean wordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == ')' || c == '?' || c == '!';
    }

    private static boolean hangul(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /** Whether a text is one to break at its spaces only: with Hangul in it and no Chinese characters. */
    static boolean breaksAtSpaces(String text) {
        return text.codePoints().anyMatch(HangulWords::hangul)
                && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
