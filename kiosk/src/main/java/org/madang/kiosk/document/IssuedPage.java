package org.madang.kiosk.document;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.document.DocumentNumber;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The document is issued: where to take it and the receipt from, its number — or, when the
 * printer failed, that nothing is lost: "Print again" (free), or the counter with the receipt.
 */
final class IssuedPage extends KioskPage {
    private static final long serialVersionUID = 1L;

    private final ReceiptImageRenderer renderer;
    private final DocumentPresenter presenter;
    private final WrappingText outcome = new WrappingText("issued.outcome", "good");
    private final WrappingText number = new WrappingText("issued.number", "body");
    private final WrappingText receiptNote = new WrappingText("issued.receipt", "hint");
    private final ReceiptView receiptView = new ReceiptView();
    private final TouchButton reprint;
    private final TouchButton another;
    private final TouchButton finish;
    private Printed shown;

    IssuedPage(Look look, ReceiptImageRenderer renderer, DocumentPresenter presenter, Runnable onFinish) {
        super(look, DocumentScreens.ISSUED);
        this.renderer = renderer;
        this.presenter = presenter;
        reprint = new TouchButton("documents.reprint", look.words().get("documents.reprint"), "primary", look.scale());
        reprint.addActionListener(e -> presenter.reprint(shown.issue(), shown.type()));
        another = new TouchButton("issued.another", look.words().get("documents.another"), "tile", look.scale());
        another.addActionListener(e -> presenter.types());
        finish = new TouchButton("issued.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        finish.addActionListener(e -> onFinish.run());
    }

    void show(Printed printed) {
        shown = printed;
        boolean ok = printed.complete();
        setTitle(look.words().get(ok ? "documents.issued.title" : "documents.failed.title"));
        setHint("");
        String name = printed.type().name().in(look.words().language());
        outcome.say(ok ? look.words().get("documents.issued.take", name, printed.issue().copies())
                : look.words().get("documents.failed", name, ((PrintResult.Failed) printed.document()).reason()));
        outcome.putClientProperty(FlatClientProperties.STYLE_CLASS, ok ? "good" : "refusal");
        number.say(look.words().get("documents.issued.number", DocumentNumber.grouped(printed.issue().number())));
        receiptNote.setVisible(printed.feeReceipt().isPresent());
        receiptView.setVisible(printed.feeReceipt().isPresent());
        printed.feeReceipt().ifPresent(r -> {
            receiptNote.say(r.printed() instanceof PrintResult.Failed f ? look.words().get("documents.receipt.failed", f.reason())
                    : look.words().get("documents.receipt.printed"));
            receiptView.show(renderer.render(r.receipt()), r.receipt().plainText());
        });
        // on a wide screen, whose height is short, the buttons side by side (the question after the service needs the room below)
        boolean row = look.landscape() && !look.zoomed();
        JPanel actions = new JPanel(row ? new MigLayout("fillx, insets 0, gap " + look.gap(), "[grow, fill, sg a]".repeat(ok ? 2 : 3))
                : new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        actions.setOpaque(false);
        if (!ok) {
            actions.add(reprint, "hmin " + look.bigButton());
        }
        actions.add(finish, "hmin " + (ok ? look.bigButton() : look.button()));
        actions.add(another, "hmin " + look.button());
        content().removeAll();
        if (look.landscape()) {
            content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap(), "[grow, fill][grow, fill]", "[][][][grow][]"));
            content().add(outcome, "cell 0 0");
            content().add(number, "cell 0 1");
            content().add(receiptNote, "cell 0 2");
            content().add(receiptView, "cell 1 0 1 5, grow");
            content().add(actions, "cell 0 4");
        } else {
            content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[][][][grow, fill][]"));
            content().add(outcome);
            content().add(number);
            content().add(receiptNote);
            content().add(receiptView, "hmin 100");
            content().add(actions);
        }
        refresh();
    }
}
