package org.madang.kiosk.notice;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.notice.Notice;
import org.madang.ui.Formats;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.ViewportPanel;
import org.madang.ui.widget.WrappingText;

/** 알림: the hot issues first, then every current notice, each with its 공감 count and a button to add one. */
public final class NoticesPage extends KioskPage implements NoticesView {
    private static final long serialVersionUID = 1L;
    public static final String ID = "notices";

    private final Navigator navigator;
    private final NoticesPresenter presenter;

    /** @param presenters makes this page's presenter for its view (the page never sees the services themselves) */
    public NoticesPage(Look look, Navigator navigator, java.util.function.Function<NoticesView, NoticesPresenter> presenters) {
        super(look, ID);
        this.navigator = navigator;
        this.presenter = navigator.replay().presenter(NoticesView.class, this, presenters);
        setTitle(look.words().get("notices.title"));
        setHint(look.words().get("notices.hint"));
        navigator.register(ID, this);
    }

    public NoticesPresenter presenter() {
        return presenter;
    }

    @Override
    public void showNotices(List<Notice> hot, List<Notice> all, Set<Long> liked) {
        if (all.isEmpty()) {
            showNothing("notices.none", look.words().get("notices.none"));
        } else {
            ViewportPanel body = new ViewportPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"),
                    look.scale().mm(20));
            if (!hot.isEmpty()) {
                body.add(heading("notices.hot"));
                for (Notice n : hot) {
                    body.add(card(n, liked.contains(n.id()), "hot." + n.id()));
                }
                body.add(heading("notices.all"), "gaptop " + look.scale().mm(6));
            }
            for (Notice n : all) {
                body.add(card(n, liked.contains(n.id()), "notice." + n.id()));
            }
            showScrolling(body);
        }
        if (!ID.equals(navigator.current())) {
            navigator.show(ID);
        }
    }

    private JLabel heading(String key) {
        JLabel label = new JLabel(look.words().get(key));
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        return label;
    }

    private JPanel card(Notice n, boolean liked, String name) {
        String lang = look.words().language();
        Formats formats = new Formats(look.words());
        JPanel card = new JPanel(new MigLayout("fillx, wrap 1, gap " + look.gap(), "[grow, fill]"));
        card.putClientProperty(FlatClientProperties.STYLE_CLASS, "card");
        card.setName(name);
        WrappingText title = new WrappingText(name + ".title", "title");
        title.say(n.title().in(lang));
        WrappingText body = new WrappingText(name + ".body", "body");
        body.say(n.body().in(lang));
        WrappingText until = new WrappingText(name + ".until", "hint");
        until.say(look.words().get("notices.until", formats.date(n.validUntil())));
        TouchButton like = new TouchButton(name + ".like", look.words().get(liked ? "notices.liked" : "notices.like", n.likes()), "nav",
                look.scale());
        like.setEnabled(!liked);
        like.addActionListener(e -> presenter.like(n));
        card.add(title);
        card.add(body);
        card.add(until);
        card.add(like, "hmin " + look.button());
        return card;
    }
}
