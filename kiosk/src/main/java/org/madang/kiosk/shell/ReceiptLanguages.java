package org.madang.kiosk.shell;

import java.util.function.Function;
import org.madang.core.receipt.Labels;
import org.madang.core.receipt.ReceiptWords;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptPrinter;
import org.madang.ui.Messages;

/**
 * The languages of a kiosk receipt (ACCESSIBILITY.md #16): Korean for a Korean session; Korean
 * and the resident's language otherwise — or Korean and English where the printer cannot print
 * the resident's letters (a Korean text printer has no 简体 and no Vietnamese stacked accents).
 */
public final class ReceiptLanguages {
    private ReceiptLanguages() {
    }

    /** The receipt {@code make} composes, in the languages this printer can print for a session in {@code session}'s words. */
    public static Receipt compose(Labels session, ReceiptPrinter printer, Function<ReceiptWords, Receipt> make) {
        if ("ko".equals(session.language())) {
            return make.apply(ReceiptWords.in(session));
        }
        Labels korean = Messages.forLanguage("ko");
        Receipt theirs = make.apply(ReceiptWords.koreanWith(korean, session));
        if ("en".equals(session.language()) || printer.canPrint(theirs)) {
            return theirs;
        }
        return make.apply(ReceiptWords.koreanWith(korean, Messages.forLanguage("en")));
    }
}
