package org.madang.kiosk.identify;

import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.resident.ResidentMessage;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/** "News for you": what happened since the resident's last visit (a lottery result, a freed seat, a missed booking). */
public final class NewsPage extends KioskPage {
    private static final long serialVersionUID = 1L;
    public static final String ID = "identify.news";

    private Runnable onRead = () -> { };

    public NewsPage(Look look) {
        super(look, ID);
        setTitle(look.words().get("identify.news.title"));
        setHint(look.words().get("identify.news.hint"));
    }

    /** Shows the messages; {@code read} runs when the resident touches "I have read this". */
    public void show(List<ResidentMessage> messages, Runnable read) {
        onRead = read;
        JPanel list = new JPanel(new MigLayout("fillx, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]"));
        list.setOpaque(false);
        int i = 0;
        for (ResidentMessage m : messages) {
            WrappingText text = new WrappingText("news." + i++, "body");
            text.say("• " + look.words().get(m.messageKey(), m.args().toArray()));
            list.add(text);
        }
        TouchButton ok = new TouchButton("news.read", look.words().get("identify.news.read"), "primary", look.scale());
        ok.addActionListener(e -> onRead.run());
        content().removeAll();
        content().setLayout(new MigLayout("fill, wrap 1, insets 0, gap " + look.gap(), "[grow, fill]", "[grow, fill][]"));
        content().add(scroller(list));
        content().add(ok, "hmin " + look.bigButton());
        refresh();
    }
}
