package org.madang.kiosk.document;

import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.document.PagePicture;
import org.madang.core.resident.Resident;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * Page 1 as it will come out (marked 견본 until issued), how many pages and copies, the fee,
 * then one big "Issue and print" — or back to change the options.
 */
final class PreviewPage extends KioskPage {
    private static final long serialVersionUID = 1L;

    private final ReceiptView page = new ReceiptView();
    private final WrappingText what = new WrappingText("preview.what", "body");
    private final WrappingText fee = new WrappingText("preview.fee", "heading");
    private final WrappingText hidden = new WrappingText("preview.hidden", "hint");
    private final TouchButton issue;

    PreviewPage(Look look, DocumentPresenter presenter) {
        super(look, DocumentScreens.PREVIEW);
        setTitle(look.words().get("documents.preview.title"));
        setHint(look.words().get("documents.preview.hint"));
        page.setName("preview.page");
        issue = new TouchButton("documents.issue", look.words().get("documents.preview.issue"), "primary", look.scale());
        issue.addActionListener(e -> presenter.issue());
        TouchButton change = new TouchButton("preview.change", look.words().get("documents.preview.change"), "tile", look.scale());
        change.addActionListener(e -> presenter.backToOptions());
        JPanel side = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        side.setOpaque(false);
        hidden.say(look.words().get("documents.preview.hidden"));
        side.add(what);
        side.add(fee);
        side.add(issue, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        side.add(change, "hmin " + look.button());
        if (look.landscape()) {
            content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap(), "[grow 55, fill][grow 45, fill]", "[grow, fill][]"));
            content().add(page, "cell 0 0, grow");
            content().add(hidden, "cell 0 1");
            content().add(side, "cell 1 0 1 2, top");
        } else {
            content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[grow, fill][][]"));
            content().add(page, "grow");
            content().add(hidden);
            content().add(side);
        }
    }

    void show(Choice choice, PagePicture picture) {
        Formats formats = new Formats(look.words());
        page.show(picture.image(), look.words().get("documents.preview.spoken", picture.words()));
        what.say(look.words().get("documents.preview.what", choice.type().name().in(look.words().language()),
                Resident.mask(choice.subject().name()), picture.pages(), choice.options().copies()));
        fee.say(OptionsPage.feeText(look, formats, choice));
        issue.setEnabled(true);
        refresh();
    }
}
