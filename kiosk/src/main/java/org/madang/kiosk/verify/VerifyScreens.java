package org.madang.kiosk.verify;

import java.util.function.Function;
import java.util.List;
import javax.swing.JPanel;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.Verification;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.SimulatorPanels;
import org.madang.kiosk.shell.Blocks;
import org.madang.kiosk.shell.DigitPad;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** The Swing side of "Check a certificate": the scanner or the number pad, then the answer with what was issued. */
public final class VerifyScreens implements VerifyView {
    public static final String CODE = "verifying.code";
    public static final String RESULT = "verifying.result";

    private final Look look;
    private final Navigator navigator;
    private final KioskServices.Devices devices;
    private final VerifyPresenter presenter;
    private final KioskPage code;
    private final KioskPage result;
    private final Runnable finish;

    public VerifyScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<VerifyView, VerifyPresenter> presenters, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.devices = devices;
        this.finish = finish;
        this.presenter = navigator.replay().presenter(VerifyView.class, this, presenters);
        code = new KioskPage(look, CODE);
        code.setTitle(look.words().get("verifying.code.title"));
        code.setHint(look.words().get("verifying.code.hint"));
        result = new KioskPage(look, RESULT);
        result.setTitle(look.words().get("verifying.result.title"));
        navigator.register(CODE, code);
        navigator.register(RESULT, result);
    }

    public static List<String> screenIds() {
        return List.of(CODE, RESULT);
    }

    public VerifyPresenter presenter() {
        return presenter;
    }

    @Override
    public void askForCode(List<KioskServices.SampleCode> practiceCodes) {
        JPanel body = Blocks.column(look);
        DigitPad pad = new DigitPad(look, "number", DocumentNumber.LENGTH, DocumentNumber.LENGTH, DocumentNumber::grouped,
                look.words().get("verifying.code.empty"), look.words().get("verifying.code.short"), look.words().get("verifying.code.ok"),
                presenter::check);
        body.add(pad, "alignx center, growx, wmax " + look.scale().mm(220));
        devices.scans().ifPresent(s -> body.add(SimulatorPanels.scans(look, s, practiceCodes)));
        code.showScrolling(body);
        navigator.show(CODE);
    }

    @Override
    public boolean askingForCode() {
        return CODE.equals(navigator.current());
    }

    @Override
    public void showResult(Verification verification) {
        JPanel body = Blocks.column(look);
        WrappingText verdict = new WrappingText("verifying.verdict", verification.valid() ? "good" : "refusal");
        verdict.say(look.words().get(verification.messageKey()));
        body.add(verdict);
        verification.summary().ifPresent(s -> {
            JPanel rows = Blocks.rows(look);
            Blocks.row(look, rows, "verifying.summary.type", s.typeName().in(look.words().language()), "summary.type");
            Blocks.row(look, rows, "verifying.summary.holder", s.holder(), "summary.holder");
            Blocks.row(look, rows, "verifying.summary.number", DocumentNumber.grouped(s.number()), "summary.number");
            Blocks.row(look, rows, "verifying.summary.issued", look.words().get("verifying.summary.when", s.issuedAt(), s.terminalId()), "summary.issued");
            Blocks.row(look, rows, "verifying.summary.pages", look.words().get("verifying.summary.pagesCopies", s.pages(), s.copies()), "summary.pages");
            s.revokeReason().ifPresent(r -> Blocks.row(look, rows, "verifying.summary.revoked", r, "summary.revoked"));
            body.add(rows, "gaptop " + look.scale().mm(2));
        });
        // how to read the answer, above it where it never scrolls away: compare the paper with the details
        result.setHint(verification.summary().isPresent() ? look.words().get("verifying.compare") : "");
        TouchButton again = new TouchButton("verifying.again", look.words().get("verifying.again"), "tile", look.scale());
        again.addActionListener(e -> presenter.start());
        TouchButton end = new TouchButton("verifying.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        body.add(end, "gaptop " + look.scale().mm(3) + ", hmin " + look.bigButton());
        body.add(again, "hmin " + look.button());
        result.showScrolling(body);
        navigator.show(RESULT);
    }


}
