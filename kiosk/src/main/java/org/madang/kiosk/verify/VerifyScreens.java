package org.madang.kiosk.verify;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.Verification;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.SimulatorPanels;
import org.madang.kiosk.shell.DigitPad;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.Tasks;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
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

    public VerifyScreens(Look look, Navigator navigator, KioskServices services, KioskServices.Documents documents, Tasks tasks,
                         Consumer<Boolean> busy, Runnable failure, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.devices = services.devices();
        this.finish = finish;
        this.presenter = new VerifyPresenter(this, services, documents, new Loading(tasks, busy, failure));
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
        JPanel body = column();
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
        JPanel body = column();
        WrappingText verdict = new WrappingText("verifying.verdict", verification.valid() ? "good" : "refusal");
        verdict.say(look.words().get(verification.messageKey()));
        body.add(verdict);
        verification.summary().ifPresent(s -> {
            JPanel rows = new JPanel(new MigLayout("fillx, wrap 2, insets 0, gapy " + look.scale().mm(3), "[][grow, fill]"));
            rows.setOpaque(false);
            row(rows, "verifying.summary.type", s.typeName().in(look.words().language()), "summary.type");
            row(rows, "verifying.summary.holder", s.holder(), "summary.holder");
            row(rows, "verifying.summary.number", DocumentNumber.grouped(s.number()), "summary.number");
            row(rows, "verifying.summary.issued", look.words().get("verifying.summary.when", s.issuedAt(), s.terminalId()), "summary.issued");
            row(rows, "verifying.summary.pages", look.words().get("verifying.summary.pagesCopies", s.pages(), s.copies()), "summary.pages");
            s.revokeReason().ifPresent(r -> row(rows, "verifying.summary.revoked", r, "summary.revoked"));
            body.add(rows, "gaptop " + look.scale().mm(4));
            WrappingText compare = new WrappingText("verifying.compare", "hint");
            compare.say(look.words().get("verifying.compare"));
            body.add(compare);
        });
        TouchButton again = new TouchButton("verifying.again", look.words().get("verifying.again"), "tile", look.scale());
        again.addActionListener(e -> presenter.start());
        TouchButton end = new TouchButton("verifying.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        body.add(end, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(again, "hmin " + look.button());
        result.showScrolling(body);
        navigator.show(RESULT);
    }

    private void row(JPanel rows, String labelKey, String value, String name) {
        JLabel label = new JLabel(look.words().get(labelKey));
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        WrappingText v = new WrappingText(name, "body");
        v.say(value);
        v.getAccessibleContext().setAccessibleName(look.words().get(labelKey) + " " + value);
        rows.add(label, "top, gapright " + look.scale().mm(6));
        rows.add(v);
    }

    private JPanel column() {
        ViewportPanel p = new ViewportPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"), look.scale().mm(20));
        p.setOpaque(false);
        return p;
    }
}
