package org.madang.kiosk.mine;

import java.util.function.Function;
import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.booking.Booking;
import org.madang.core.booking.BookingStatus;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.ResidentBooking;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.identify.CardPage;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** The Swing side of "My bookings": who you are, your bookings, cancel with the refund first, done. */
public final class MineScreens implements MineView {
    public static final String IDENTIFY = "mine.identify";
    public static final String LIST = "mine.list";
    public static final String CANCEL = "mine.cancel";
    public static final String CANCELLED = "mine.cancelled";

    private final Look look;
    private final Navigator navigator;
    private final NewsPage news;
    private final Runnable finish;
    private final MinePresenter presenter;
    private final CardPage identify;
    private final KioskPage list;
    private final KioskPage cancel;
    private final KioskPage cancelled;

    public MineScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<MineView, MinePresenter> presenters,
                       NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.news = news;
        this.finish = finish;
        this.presenter = navigator.replay().presenter(MineView.class, this, presenters);
        identify = new CardPage(look, IDENTIFY, "mine.identify.title", "mine.identify.hint", "mine.cardProblem", devices);
        list = new KioskPage(look, LIST);
        list.setTitle(look.words().get("mine.list.title"));
        cancel = new KioskPage(look, CANCEL);
        cancel.setTitle(look.words().get("mine.cancel.title"));
        cancelled = new KioskPage(look, CANCELLED);
        cancelled.setTitle(look.words().get("mine.cancelled.title"));
        navigator.register(IDENTIFY, identify);
        navigator.register(LIST, list);
        navigator.register(CANCEL, cancel);
        navigator.register(CANCELLED, cancelled);
    }

    public static List<String> screenIds() {
        return List.of(IDENTIFY, LIST, CANCEL, CANCELLED);
    }

    public MinePresenter presenter() {
        return presenter;
    }

    @Override
    public void askForCard(List<KioskServices.SampleCode> practiceCodes) {
        identify.ask(practiceCodes);
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
    public void showNews(List<ResidentMessage> messages) {
        news.show(messages, presenter::newsRead);
        navigator.show(NewsPage.ID);
    }

    @Override
    public void showBookings(Resident resident, List<ResidentBooking> bookings, String noteKey, Object... noteArgs) {
        list.setHint(look.words().get(bookings.isEmpty() ? "mine.list.empty" : "mine.list.hint", resident.maskedName(), bookings.size()));
        JPanel body = Blocks.column(look);
        if (noteKey != null) {
            WrappingText note = new WrappingText("mine.note", "mine.reprinted".equals(noteKey) ? "good" : "refusal");
            note.say(look.words().get(noteKey, noteArgs));
            body.add(note);
        }
        Formats formats = new Formats(look.words());
        String lang = look.words().language();
        int i = 0;
        for (ResidentBooking rb : bookings) {
            Booking b = rb.booking();
            JPanel card = new JPanel(new MigLayout("fillx, wrap 2, insets " + look.scale().mm(4) + ", gap " + look.gap(),
                    "[grow, fill, sg c][grow, fill, sg c]"));
            card.putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
            card.setName("mine.booking." + b.number());
            WrappingText facility = new WrappingText("mine.facility." + i, "heading");
            facility.say(rb.facility().in(lang));
            card.add(facility, "span 2");
            WrappingText what = new WrappingText("mine.what." + i, "body");
            what.say(look.words().get("mine.booking", formats.date(b.startsAt().toLocalDate()),
                    formats.period(b.startsAt(), b.endsAt()), rb.location().in(lang), look.words().get("receipt.people", b.party()),
                    formats.money(b.fee()), look.words().get(b.payment().messageKey()), look.words().get(b.status().messageKey()), b.number()));
            card.add(what, "span 2");
            TouchButton again = new TouchButton("mine.reprint." + i, look.words().get("mine.reprint"), "nav", look.scale());
            again.addActionListener(e -> presenter.reprint(rb));
            TouchButton drop = new TouchButton("mine.askCancel." + i, look.words().get("mine.cancel"), "nav", look.scale());
            drop.setEnabled(b.status() == BookingStatus.BOOKED);
            drop.addActionListener(e -> presenter.askCancel(rb));
            card.add(again, "hmin " + look.button());
            card.add(drop, "hmin " + look.button());
            body.add(card);
            i++;
        }
        list.showScrolling(body);
        navigator.show(LIST);
    }

    @Override
    public void showCancelQuote(ResidentBooking booking, CancelQuote quote) {
        Formats formats = new Formats(look.words());
        Booking b = booking.booking();
        cancel.setHint(look.words().get("mine.cancel.what", booking.facility().in(look.words().language()),
                formats.date(b.startsAt().toLocalDate()), formats.period(b.startsAt(), b.endsAt())));
        WrappingText refund = new WrappingText("mine.refund", "body");
        refund.say(!quote.paid() ? look.words().get("mine.cancel.unpaid")
                : quote.refund() == 0 ? look.words().get("mine.cancel.noRefund", formats.money(b.fee()))
                : look.words().get("mine.cancel.refund", formats.money(quote.refund()), quote.percent(), formats.money(b.fee())));
        TouchButton yes = new TouchButton("mine.confirmCancel", look.words().get("mine.cancel.yes"), "primary", look.scale());
        yes.addActionListener(e -> presenter.cancel(booking));
        TouchButton keep = new TouchButton("mine.keep", look.words().get("mine.cancel.keep"), "tile", look.scale());
        keep.addActionListener(e -> presenter.backToList());
        JPanel body = Blocks.column(look);
        body.add(refund);
        body.add(yes, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(keep, "hmin " + look.button());
        cancel.showScrolling(body);
        navigator.show(CANCEL);
    }

    @Override
    public void showCancelled(ResidentBooking booking, int refund) {
        Formats formats = new Formats(look.words());
        Booking b = booking.booking();
        cancelled.setHint("");
        WrappingText done = new WrappingText("mine.cancelled.text", "good");
        done.say(look.words().get("mine.cancelled", booking.facility().in(look.words().language()),
                formats.date(b.startsAt().toLocalDate()), formats.period(b.startsAt(), b.endsAt())));
        WrappingText money = new WrappingText("mine.cancelled.refund", "body");
        money.say(refund > 0 ? look.words().get("mine.cancelled.refund", formats.money(refund)) : look.words().get("mine.cancelled.noRefund"));
        TouchButton more = new TouchButton("mine.more", look.words().get("mine.more"), "tile", look.scale());
        more.addActionListener(e -> presenter.backToList());
        TouchButton end = new TouchButton("mine.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        JPanel body = Blocks.column(look);
        body.add(done);
        body.add(money);
        body.add(end, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(more, "hmin " + look.button());
        cancelled.showScrolling(body);
        navigator.showWithoutReturn(CANCELLED);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        WrappingText why = new WrappingText("mine.refusal", "refusal");
        why.say(look.words().say(refusal));
        TouchButton back = new TouchButton("mine.back", look.words().get("mine.more"), "tile", look.scale());
        back.addActionListener(e -> presenter.backToList());
        JPanel body = Blocks.column(look);
        body.add(why);
        body.add(back, "hmin " + look.button());
        cancel.showScrolling(body);
        navigator.show(CANCEL);
    }

}
