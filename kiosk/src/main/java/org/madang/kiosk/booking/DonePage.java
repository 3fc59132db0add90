package org.madang.kiosk.booking;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;
import org.madang.core.booking.Booking;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** "Your booking is confirmed": the booking number, the receipt as printed, and a way to finish. */
final class DonePage extends KioskPage {
    private static final long serialVersionUID = 1L;
    static final String ID = "booking.done";

    private final ReceiptImageRenderer renderer;
    private final ReceiptView receiptView = new ReceiptView();
    private final WrappingText printed = new WrappingText("done.printed", "hint");
    private final TouchButton finish;

    DonePage(Look look, ReceiptImageRenderer renderer, Runnable onFinish) {
        super(look, ID);
        this.renderer = renderer;
        setTitle(look.words().get("booking.done.title"));
        finish = new TouchButton("done.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        finish.addActionListener(e -> onFinish.run());
        if (look.landscape()) {
            // words and Finish on the left, the receipt at full height on the right
            content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap(), "[grow, fill][grow, fill]", "[][grow][]"));
            content().add(printed, "cell 0 0");
            content().add(receiptView, "cell 1 0 1 3, grow");
            content().add(finish, "cell 0 2, hmin " + look.bigButton());
        } else {
            content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow, fill][]"));
            content().add(printed);
            content().add(receiptView, "hmin 100");
            content().add(finish, "hmin " + look.bigButton());
        }
    }

    void show(Booking booking, Receipt receipt, PrintResult result) {
        setHint(look.words().get("booking.done.number", booking.number()));
        String text = result instanceof PrintResult.Failed failed
                ? look.words().get("booking.done.printFailed", failed.reason())
                : look.words().get("booking.done.printed");
        printed.say(text);
        printed.putClientProperty(FlatClientProperties.STYLE_CLASS, result.printed() ? "hint" : "refusal");
        receiptView.show(renderer.render(receipt), receipt.plainText());
        refresh();
    }
}
