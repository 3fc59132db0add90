package org.madang.kiosk.course;

import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** A course place taken: what the resident got, whether the receipt came out, the receipt as printed (scaled to fit). */
final class DonePage extends KioskPage {
    private static final long serialVersionUID = 1L;

    private final ReceiptImageRenderer renderer;
    private final WrappingText what = new WrappingText("done.what", "good");
    private final WrappingText paper = new WrappingText("done.printed", "hint");
    private final ReceiptView receiptView = new ReceiptView();

    DonePage(Look look, ReceiptImageRenderer renderer, Runnable finish, Runnable more) {
        super(look, CourseScreens.DONE);
        this.renderer = renderer;
        setTitle(look.words().get("courses.done.title"));
        TouchButton end = new TouchButton("done.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        TouchButton another = new TouchButton("done.more", look.words().get("courses.done.more"), "tile", look.scale());
        another.addActionListener(e -> more.run());
        JPanel actions = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        actions.setOpaque(false);
        actions.add(end, "hmin " + look.bigButton());
        actions.add(another, "hmin " + look.button());
        if (look.landscape()) {
            content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap(), "[grow, fill][grow, fill]", "[][][grow][]"));
            content().add(what, "cell 0 0");
            content().add(paper, "cell 0 1");
            content().add(receiptView, "cell 1 0 1 4, grow");
            content().add(actions, "cell 0 3");
        } else {
            content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][][grow, fill][]"));
            content().add(what);
            content().add(paper);
            content().add(receiptView, "hmin 100");
            content().add(actions);
        }
    }

    void show(String outcome, Receipt receipt, PrintResult printed) {
        setHint("");
        what.say(outcome);
        paper.say(printed instanceof PrintResult.Failed f ? look.words().get("courses.done.printFailed", f.reason())
                : look.words().get("courses.done.printed"));
        paper.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, printed.printed() ? "hint" : "refusal");
        receiptView.show(renderer.render(receipt), receipt.plainText());
        refresh();
    }
}
