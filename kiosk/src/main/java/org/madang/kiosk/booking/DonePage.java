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
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][grow, fill][]"));
        content().add(printed);
        content().add(receiptView, "hmin 100");
        content().add(finish, "hmin " + look.scale().mm(25));
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
