package org.madang.kiosk.document;

import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.civil.Person;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentType;
import org.madang.core.document.PagePicture;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.resident.ResidentPins;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.identify.CardPage;
import org.madang.kiosk.shell.DigitPad;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The Swing side of civil documents: the ID card, the PIN pad, the catalogue, whom for, the
 * options, the preview, and the printed (or not printed) document.
 */
public final class DocumentScreens implements DocumentView {
    public static final String IDENTIFY = "documents.identify";
    public static final String PIN = "documents.pin";
    public static final String TYPES = "documents.types";
    public static final String SUBJECT = "documents.subject";
    public static final String OPTIONS = "documents.options";
    public static final String PREVIEW = "documents.preview";
    public static final String ISSUED = "documents.issued";

    private final Look look;
    private final Navigator navigator;
    private final NewsPage news;
    private final DocumentPresenter presenter;
    private final CardPage identify;
    private final KioskPage pin;
    private final KioskPage types;
    private final KioskPage subject;
    private final OptionsPage options;
    private final PreviewPage preview;
    private final IssuedPage issued;
    private final Runnable finish;
    private final Runnable toQueue;
    private final Runnable toVerify;

    /**
     * @param finish  ends the visit
     * @param toQueue takes a queue ticket instead (a locked PIN, a document for the counter)
     * @param toVerify checks a certificate someone was given (no ID card needed)
     */
    public DocumentScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<DocumentView, DocumentPresenter> presenters,
                           NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish,
                           Runnable toQueue, Runnable toVerify) {
        this.look = look;
        this.navigator = navigator;
        this.news = news;
        this.finish = finish;
        this.toQueue = toQueue;
        this.toVerify = toVerify;
        this.presenter = navigator.replay().presenter(DocumentView.class, this,presenters);
        identify = new CardPage(look, IDENTIFY, "documents.identify.title", "documents.identify.hint", "documents.cardProblem", devices);
        navigator.register(IDENTIFY, identify);
        pin = page(PIN, "documents.pin.title");
        types = page(TYPES, "documents.types.title");
        subject = page(SUBJECT, "documents.subject.title");
        options = new OptionsPage(look, presenter);
        preview = new PreviewPage(look, presenter);
        issued = new IssuedPage(look, devices.receiptRenderer(), presenter, finish);
        navigator.register(OPTIONS, options);
        navigator.register(PREVIEW, preview);
        navigator.register(ISSUED, issued);
    }

    private KioskPage page(String id, String titleKey) {
        KioskPage p = new KioskPage(look, id);
        p.setTitle(look.words().get(titleKey));
        navigator.register(id, p);
        return p;
    }

    public static List<String> screenIds() {
        return List.of(IDENTIFY, PIN, TYPES, SUBJECT, OPTIONS, PREVIEW, ISSUED);
    }

    public DocumentPresenter presenter() {
        return presenter;
    }

    @Override
    public void askForCard() {
        TouchButton check = new TouchButton("documents.verify", look.words().get("documents.verify"), "tile", look.scale());
        check.addActionListener(e -> toVerify.run());
        identify.ask(null, check);
        navigator.show(IDENTIFY);
    }

    @Override
    public boolean askingForCard() {
        return IDENTIFY.equals(navigator.current());
    }

    @Override
    public void showCardProblem(Refusal refusal) {
        identify.showProblem(refusal);
    }

    @Override
    public void askPin(Resident who, Optional<Integer> triesLeft) {
        pin.setTitle(look.words().get("documents.pin.title"));
        pin.setHint(look.words().get("documents.pin.hint", who.maskedName()));
        JPanel body = Blocks.column(look);
        WrappingText note = new WrappingText("pin.note", triesLeft.isPresent() ? "refusal" : "hint");
        note.say(triesLeft.map(n -> look.words().get("documents.pin.wrong", n)).orElse(look.words().get("documents.pin.cover")));
        body.add(note);
        DigitPad pad = new DigitPad(look, "pin", ResidentPins.MIN_DIGITS, ResidentPins.MAX_DIGITS, DigitPad::dots,
                look.words().get("documents.pin.empty"), look.words().get("documents.pin.short"), look.words().get("documents.pin.ok"),
                presenter::enterPin);
        body.add(pad, "alignx center, growx, wmax " + look.scale().mm(220));
        pin.showScrolling(body);
        navigator.show(PIN);
    }

    @Override
    public void showPinStop(Resident who, ResidentPins.Check why) {
        pin.setTitle(look.words().get(why == ResidentPins.Check.LOCKED ? "documents.pin.locked.title" : "documents.pin.notSet.title"));
        pin.setHint("");
        JPanel body = Blocks.column(look);
        WrappingText text = new WrappingText("pin.stop", "refusal");
        text.say(look.words().get(why == ResidentPins.Check.LOCKED ? "documents.pin.locked" : "documents.pin.notSet", who.maskedName()));
        body.add(text);
        TouchButton queue = new TouchButton("pin.queue", look.words().get("documents.toQueue"), "primary", look.scale());
        queue.addActionListener(e -> toQueue.run());
        TouchButton end = new TouchButton("pin.finish", look.words().get("booking.done.finish"), "tile", look.scale());
        end.addActionListener(e -> finish.run());
        body.add(queue, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(end, "hmin " + look.button());
        pin.showScrolling(body);
        navigator.showWithoutReturn(PIN);
    }

    @Override
    public void showNews(List<ResidentMessage> messages) {
        news.show(messages, presenter::newsRead);
        navigator.showWithoutReturn(NewsPage.ID);
    }

    @Override
    public void showTypes(Resident who, List<DocumentType> catalogue, List<Unprinted> unprinted) {
        options.forget();
        types.setHint(look.words().get("documents.types.hint", who.maskedName()));
        Formats formats = new Formats(look.words());
        String lang = look.words().language();
        JPanel body = Blocks.column(look);
        int i = 0;
        for (Unprinted u : unprinted) {
            JPanel card = new JPanel(new MigLayout("fillx, wrap 1, insets " + look.scale().mm(4) + ", gap " + look.gap(), "[grow, fill]"));
            card.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "card");
            card.setName("unprinted." + u.issue().number());
            WrappingText what = new WrappingText("unprinted.text." + i, "refusal");
            what.say(look.words().get("documents.unprinted", u.type().name().in(lang), u.issue().issuedAt(), u.issue().copies(),
                    DocumentNumber.grouped(u.issue().number())));
            TouchButton again = new TouchButton("unprinted." + i, look.words().get("documents.reprint"), "primary", look.scale());
            again.addActionListener(e -> presenter.reprint(u.issue(), u.type()));
            card.add(what);
            card.add(again, "hmin " + look.button());
            body.add(card);
            i++;
        }
        // the names of documents are long: one down a tall screen, two across a wide one
        int columns = look.landscape() ? 2 : 1;
        JPanel grid = new JPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(), "[grow, fill, sg t]".repeat(columns)));
        grid.setOpaque(false);
        for (DocumentType t : catalogue) {
            String fee = t.kioskFee() == 0 ? look.words().get("booking.fee.free")
                    : look.words().get("documents.fee.perCopy", formats.money(t.kioskFee()));
            List<String> lines = t.kioskIssuable() ? List.of(t.name().in(lang), fee)
                    : List.of(t.name().in(lang), look.words().get("documents.counterOnly"));
            TouchButton b = TouchButton.ofLines("documents.type." + t.code(), lines, true, "tile", look.scale());
            b.setEnabled(t.kioskIssuable());
            b.addActionListener(e -> presenter.chooseType(t));
            grid.add(b, "hmin " + look.scale().mm(40));
        }
        body.add(grid);
        types.showScrolling(body);
        // the card and the PIN are behind: Back from the catalogue leads home, not to the PIN pad
        navigator.showWithoutReturn(TYPES);
    }

    @Override
    public void askSubject(DocumentType type, List<Person> people) {
        options.forget();
        subject.setHint(look.words().get("documents.subject.hint", type.name().in(look.words().language())));
        if (people.isEmpty()) {
            subject.showNothing("subject.none", look.words().get("document.refused.notRegistered"));
        } else {
            JPanel body = Blocks.column(look);
            int i = 0;
            for (Person p : people) {
                List<String> lines = List.of(Resident.mask(p.name()), look.words().get(org.madang.ui.HouseholdWords.relation(p.relation())));
                TouchButton b = TouchButton.ofLines("subject." + i++, lines, false, "tile", look.scale());
                b.addActionListener(e -> presenter.chooseSubject(type, p));
                body.add(b, "hmin " + look.button());
            }
            subject.showScrolling(body);
        }
        navigator.show(SUBJECT);
    }

    @Override
    public void showOptions(Choice choice, Optional<Refusal> refused) {
        options.show(choice, refused);
        if (!OPTIONS.equals(navigator.current())) {
            navigator.show(OPTIONS);
        }
    }

    @Override
    public void showPreview(Choice choice, PagePicture page) {
        preview.show(choice, page);
        navigator.show(PREVIEW);
    }

    @Override
    public void showIssued(Printed printed) {
        issued.show(printed);
        navigator.showWithoutReturn(ISSUED);
    }
}
