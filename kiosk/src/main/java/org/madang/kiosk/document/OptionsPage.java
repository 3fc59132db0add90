package org.madang.kiosk.document;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.course.LearningRecord;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.Purpose;
import org.madang.core.resident.Resident;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * A document's options, each a row of big choices with the chosen one marked: the course (a
 * completion certificate), the address history, the back half of registration numbers (left
 * masked unless asked), the purpose and the copies — then the fee and "See the document".
 * A rule that refuses the document is said here, under the button.
 */
final class OptionsPage extends KioskPage {
    private static final long serialVersionUID = 1L;

    private final DocumentPresenter presenter;
    private String shownFor = "";

    OptionsPage(Look look, DocumentPresenter presenter) {
        super(look, DocumentScreens.OPTIONS);
        this.presenter = presenter;
        setTitle(look.words().get("documents.options.title"));
    }

    /** The next showing starts at the top (a document chosen afresh). */
    void forget() {
        shownFor = "";
    }

    void show(Choice choice, Optional<Refusal> refused) {
        String lang = look.words().language();
        DocumentOptions o = choice.options();
        setHint(look.words().get(choice.ownDocument() ? "documents.options.hintOwn" : "documents.options.hintFor",
                choice.type().name().in(lang), Resident.mask(choice.subject().name())));
        Formats formats = new Formats(look.words());
        JPanel body = Blocks.column(look);
        if (!choice.courses().isEmpty()) {
            body.add(Blocks.heading(look, "documents.option.course"));
            int i = 0;
            for (LearningRecord c : choice.courses()) {
                boolean chosen = o.enrolment().orElse(-1L) == c.enrolmentId();
                TouchButton b = Blocks.choice(look, "course." + i++, List.of(c.title().in(lang), look.words().get("documents.option.courseWhen",
                        c.term(), formats.date(c.startsOn()), formats.date(c.endsOn()), c.attendancePercent())), chosen);
                b.addActionListener(e -> presenter.change(o.withEnrolment(c.enrolmentId())));
                body.add(b, "hmin " + look.button());
            }
        }
        if (choice.type().addressHistory()) {
            body.add(Blocks.heading(look, "documents.option.addressHistory"));
            body.add(pair("addressHistory", o.addressHistory(), "documents.option.leaveOut", "documents.option.include",
                    on -> presenter.change(o.withAddressHistory(on))));
        }
        if (choice.type().rrnBack()) {
            body.add(Blocks.heading(look, "documents.option.rrnBack"));
            body.add(pair("rrnBack", o.rrnBack(), "documents.option.masked", "documents.option.shown",
                    on -> presenter.change(o.withRrnBack(on))));
            WrappingText why = new WrappingText("option.rrnBack.why", "hint");
            why.say(look.words().get("documents.option.rrnBack.why"));
            body.add(why);
        }
        body.add(Blocks.heading(look, "documents.option.purpose"));
        JPanel purposes = new JPanel(new MigLayout("fillx, wrap " + look.columns() + ", insets 0, gap " + look.gap(),
                "[grow, fill, sg p]".repeat(look.columns())));
        purposes.setOpaque(false);
        for (Purpose p : Purpose.values()) {
            TouchButton b = Blocks.choice(look, "purpose." + p.name(), List.of(look.words().get(org.madang.ui.HouseholdWords.purpose(p))), o.purpose() == p);
            b.addActionListener(e -> presenter.change(o.withPurpose(p)));
            purposes.add(b, "hmin " + look.button());
        }
        body.add(purposes);
        body.add(Blocks.heading(look, "documents.option.copies"));
        JPanel copies = new JPanel(new MigLayout("fillx, insets 0, gap " + look.gap(), "[grow, fill, sg c][grow, fill][grow, fill, sg c]"));
        copies.setOpaque(false);
        TouchButton less = new TouchButton("copies.less", look.words().get("documents.option.fewer"), "nav", look.scale());
        less.setEnabled(o.copies() > 1);
        less.addActionListener(e -> presenter.change(o.withCopies(o.copies() - 1)));
        JLabel count = new JLabel(look.words().get("documents.copies", o.copies()), JLabel.CENTER);
        count.setName("copies.count");
        count.putClientProperty(FlatClientProperties.STYLE_CLASS, "digits");
        TouchButton more = new TouchButton("copies.more", look.words().get("documents.option.more"), "nav", look.scale());
        more.setEnabled(o.copies() < DocumentOptions.MAX_COPIES);
        more.addActionListener(e -> presenter.change(o.withCopies(o.copies() + 1)));
        copies.add(less, "hmin " + look.button());
        copies.add(count);
        copies.add(more, "hmin " + look.button());
        body.add(copies);
        WrappingText fee = new WrappingText("documents.fee", "heading");
        fee.say(feeText(look, formats, choice));
        body.add(fee, "gaptop " + look.scale().mm(4));
        TouchButton see = new TouchButton("documents.preview", look.words().get("documents.options.preview"), "primary", look.scale());
        see.addActionListener(e -> presenter.preview());
        body.add(see, "hmin " + look.bigButton());
        if (refused.isPresent()) {
            see.setEnabled(false);
            WrappingText why = new WrappingText("documents.refusal", "refusal");
            why.say(look.words().say(refused.get()));
            body.add(why);
        }
        String key = choice.type().code() + "/" + choice.subject().id();
        if (key.equals(shownFor) && refused.isEmpty()) {
            showScrollingInPlace(body);
        } else {
            showScrolling(body);
        }
        shownFor = key;
        if (refused.isPresent()) {
            // the refusal is what the resident must read: bring it into view
            body.scrollRectToVisible(new java.awt.Rectangle(0, body.getPreferredSize().height - 1, 1, 1));
        }
    }

    /** "Fee ₩400 (₩200 × 2 copies), paid at the counter", or free. */
    static String feeText(Look look, Formats formats, Choice choice) {
        if (choice.fee() == 0) {
            return look.words().get("documents.fee.free");
        }
        return look.words().get("documents.fee", formats.money(choice.fee()), formats.money(choice.type().kioskFee()),
                choice.options().copies());
    }


    private JPanel pair(String name, boolean on, String offKey, String onKey, java.util.function.Consumer<Boolean> set) {
        JPanel row = new JPanel(new MigLayout("fillx, insets 0, gap " + look.gap(), "[grow, fill, sg o][grow, fill, sg o]"));
        row.setOpaque(false);
        TouchButton off = Blocks.choice(look, "option." + name + ".off", List.of(look.words().get(offKey)), !on);
        off.addActionListener(e -> set.accept(false));
        TouchButton yes = Blocks.choice(look, "option." + name + ".on", List.of(look.words().get(onKey)), on);
        yes.addActionListener(e -> set.accept(true));
        row.add(off, "hmin " + look.button());
        row.add(yes, "hmin " + look.button());
        return row;
    }
}
