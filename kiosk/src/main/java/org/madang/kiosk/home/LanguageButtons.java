package org.madang.kiosk.home;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.kiosk.shell.Look;
import org.madang.ui.widget.TouchButton;

/** One button per offered language, each labelled in its own language. */
public final class LanguageButtons extends JPanel {
    private static final long serialVersionUID = 1L;

    public LanguageButtons(Look look, List<String> languages, String current, Consumer<String> choose) {
        super(new MigLayout("insets 0, gap " + look.gap()));
        setOpaque(false);
        for (String lang : languages) {
            TouchButton b = new TouchButton("language." + lang, look.words().get(nameKey(lang)),
                    lang.equals(current) ? "primary" : "nav", look.scale());
            b.addActionListener(e -> choose.accept(lang));
            add(b, "wmin " + look.scale().mm(80) + ", hmin " + look.button());
        }
    }

    /** Each language's own name ("한국어", "English"), whatever the session's language. */
    private static String nameKey(String lang) {
        return switch (lang) {
            case "ko" -> "kiosk.language.ko";
            case "en" -> "kiosk.language.en";
            default -> throw new IllegalArgumentException("no name for language " + lang);
        };
    }
}
