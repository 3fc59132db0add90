package org.madang.kiosk.welfare;

import java.util.function.Function;
import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.care.CallbackWindow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.WelfareRequests;
import org.madang.core.queue.LineStatus;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptImageRenderer;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.identify.CardPage;
import org.madang.kiosk.identify.NewsPage;
import org.madang.kiosk.shell.Blocks;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.ReceiptView;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/**
 * The Swing side of "복지 상담 신청": the ID card, the topic (with the promise that it is not
 * shown or printed again), when — called back or at the counter now — and the slip.
 */
public final class WelfareScreens implements WelfareView {
    public static final String IDENTIFY = "welfare.identify";
    public static final String TOPIC = "welfare.topic";
    public static final String WHEN = "welfare.when";
    public static final String DONE = "welfare.done";

    private final Look look;
    private final Navigator navigator;
    private final NewsPage news;
    private final WelfarePresenter presenter;
    private final CardPage identify;
    private final KioskPage topic;
    private final KioskPage when;
    private final DonePage done;

    public WelfareScreens(Look look, Navigator navigator, KioskServices.Devices devices, Function<WelfareView, WelfarePresenter> presenters,
                          NewsPage news, Consumer<Boolean> busy, Runnable failure, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.news = news;
        this.presenter = navigator.replay().presenter(WelfareView.class, this, presenters);
        identify = new CardPage(look, IDENTIFY, "welfare.identify.title", "welfare.identify.hint", "welfare.cardProblem", devices);
        topic = new KioskPage(look, TOPIC);
        topic.setTitle(look.words().get("welfare.topic.title"));
        when = new KioskPage(look, WHEN);
        when.setTitle(look.words().get("welfare.when.title"));
        done = new DonePage(look, devices.receiptRenderer(), finish);
        navigator.register(IDENTIFY, identify);
        navigator.register(TOPIC, topic);
        navigator.register(WHEN, when);
        navigator.register(DONE, done);
    }

    public static List<String> screenIds() {
        return List.of(IDENTIFY, TOPIC, WHEN, DONE);
    }

    public WelfarePresenter presenter() {
        return presenter;
    }

    @Override
    public void askForCard() {
        identify.ask(null);
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
    public void showTopics(Resident resident, List<CatalogueEntry> topics) {
        topic.setHint(look.words().get("welfare.topic.hint", resident.maskedName()));
        JPanel body = Blocks.column(look);
        int columns = look.landscape() ? 3 : 2;
        ViewportPanel grid = new ViewportPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(),
                "[grow, fill, sg t]".repeat(columns)), look.scale().mm(20));
        String lang = look.words().language();
        for (CatalogueEntry t : topics) {
            String name = t.name().in(lang);
            String about = about(t.code());
            TouchButton b = about.isEmpty() ? TouchButton.ofLines("welfare.topic." + t.code(), List.of(name), false, "tile", look.scale())
                    : TouchButton.ofLines("welfare.topic." + t.code(), List.of(name, about), false, "tile", look.scale());
            b.getAccessibleContext().setAccessibleName(about.isEmpty() ? name : name + ", " + about);
            b.addActionListener(e -> presenter.chooseTopic(t));
            grid.add(b, "hmin " + look.scale().mm(30));
        }
        body.add(grid);
        WrappingText promise = new WrappingText("welfare.private", "hint");
        promise.say(look.words().get("welfare.topic.private"));
        body.add(promise, "gaptop " + look.scale().mm(4));
        topic.showScrolling(body);
        navigator.show(TOPIC);
    }

    /** What a standard topic covers, in plain words; a topic an admin added has none. */
    private String about(String code) {
        String key = switch (code) {
            case "LIVELIHOOD" -> "welfare.about.livelihood";
            case "HOUSING" -> "welfare.about.housing";
            case "HEALTH" -> "welfare.about.health";
            case "CARE" -> "welfare.about.care";
            case "WORK" -> "welfare.about.work";
            case "LEARNING" -> "welfare.about.learning";
            case "DAILY" -> "welfare.about.daily";
            default -> null;
        };
        return key == null ? "" : look.words().get(key);
    }

    @Override
    public void askWhen(List<CallbackWindow> windows, Optional<String> maskedPhone, Optional<LineStatus> counter) {
        when.setHint(look.words().get("welfare.when.hint"));
        Formats formats = new Formats(look.words());
        JPanel body = Blocks.column(look);
        counter.ifPresent(line -> {
            TouchButton now = TouchButton.ofLines("welfare.counterNow", List.of(look.words().get("welfare.when.counter"),
                    look.words().get("welfare.when.counterWait", line.waiting(), line.estimatedMinutes())), false, "primary", look.scale());
            now.addActionListener(e -> presenter.atCounterNow());
            body.add(now, "hmin " + look.bigButton());
        });
        WrappingText callTitle = new WrappingText("welfare.callTitle", "heading");
        callTitle.say(look.words().get("welfare.when.call"));
        body.add(callTitle, "gaptop " + look.scale().mm(4));
        WrappingText phone = new WrappingText("welfare.phone", maskedPhone.isPresent() ? "hint" : "refusal");
        phone.say(maskedPhone.map(p -> look.words().get("welfare.when.phone", p)).orElse(look.words().get("welfare.when.noPhone")));
        body.add(phone);
        int i = 0;
        for (CallbackWindow w : windows) {
            String day = formats.date(w.from().toLocalDate());
            String hours = formats.period(w.from(), w.to());
            TouchButton b = TouchButton.ofLines("welfare.window." + i, List.of(day, hours), false, "tile", look.scale());
            b.getAccessibleContext().setAccessibleName(look.words().get("welfare.when.callAt", day, hours));
            b.setEnabled(maskedPhone.isPresent());
            b.addActionListener(e -> presenter.callBack(w));
            body.add(b, "hmin " + look.button());
            i++;
        }
        when.showScrolling(body);
        navigator.show(WHEN);
    }

    @Override
    public void showReceived(WelfareRequests.Outcome.Received received, Receipt receipt, PrintResult printed) {
        done.show(received, receipt, printed);
        navigator.showWithoutReturn(DONE);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        JPanel body = Blocks.column(look);
        WrappingText why = new WrappingText("welfare.refusal", "refusal");
        why.say(look.words().say(refusal));
        body.add(why);
        TouchButton again = new TouchButton("welfare.again", look.words().get("welfare.again"), "tile", look.scale());
        again.addActionListener(e -> presenter.start());
        body.add(again, "hmin " + look.button());
        when.showScrolling(body);
        navigator.show(WHEN);
    }

    /** "Your request was received": when the call comes or the ticket, the slip as printed, and the way out. */
    private static final class DonePage extends KioskPage {
        private static final long serialVersionUID = 1L;
        private final ReceiptImageRenderer renderer;
        private final WrappingText received = new WrappingText("welfare.received", "good");
        private final WrappingText number = new WrappingText("welfare.ticket", "ticket");
        private final WrappingText what = new WrappingText("welfare.next", "body");
        private final WrappingText printed = new WrappingText("welfare.printed", "hint");
        private final ReceiptView receiptView = new ReceiptView();

        DonePage(Look look, ReceiptImageRenderer renderer, Runnable onFinish) {
            super(look, DONE);
            this.renderer = renderer;
            setTitle(look.words().get("welfare.done.title"));
            TouchButton finish = new TouchButton("welfare.finish", look.words().get("booking.done.finish"), "primary", look.scale());
            finish.addActionListener(e -> onFinish.run());
            if (look.landscape()) {
                content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap() + ", hidemode 3", "[grow, fill][grow, fill]",
                        "[][][][][grow][]"));
                content().add(received, "cell 0 0");
                content().add(number, "cell 0 1");
                content().add(what, "cell 0 2");
                content().add(printed, "cell 0 3");
                content().add(receiptView, "cell 1 0 1 6, grow");
                content().add(finish, "cell 0 5, hmin " + look.bigButton());
            } else {
                content().setLayout(new MigLayout("fill, insets 0, gap " + look.gap() + ", hidemode 3", "[grow, fill]",
                        "[][][][][grow, fill][]"));
                content().add(received, "cell 0 0");
                content().add(number, "cell 0 1");
                content().add(what, "cell 0 2");
                content().add(printed, "cell 0 3");
                content().add(receiptView, "cell 0 4, hmin 100");
                content().add(finish, "cell 0 5, hmin " + look.bigButton());
            }
        }

        void show(WelfareRequests.Outcome.Received r, Receipt receipt, PrintResult result) {
            Formats formats = new Formats(look.words());
            setHint(look.words().get(r.again() ? "welfare.done.again" : "welfare.done.hint"));
            received.say(look.words().get("welfare.done.received"));
            number.setVisible(r.ticket().isPresent());
            r.ticket().ifPresent(t -> number.say(t.label()));
            if (r.callback().isPresent()) {
                CallbackWindow w = r.callback().get();
                what.say(look.words().get("welfare.done.call", formats.date(w.from().toLocalDate()), formats.period(w.from(), w.to()),
                        r.maskedPhone()));
            } else {
                what.say(look.words().get("welfare.done.ticket", r.ahead()));
            }
            printed.say(result instanceof PrintResult.Failed failed ? look.words().get("welfare.done.printFailed", failed.reason())
                    : look.words().get("welfare.done.printed"));
            printed.putClientProperty(FlatClientProperties.STYLE_CLASS, result.printed() ? "hint" : "refusal");
            receiptView.show(renderer.render(receipt), receipt.plainText());
            refresh();
        }
    }
}
