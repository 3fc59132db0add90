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

    /**
     * @param fontOf the family each language is drawn in: "中文" on a Korean screen needs a font
     *     with Chinese characters, whatever the session's font is
     */
    public LanguageButtons(Look look, List<String> languages, String current, Consumer<String> choose,
                           java.util.function.UnaryOperator<String> fontOf) {
        // zoomed, four languages side by side are wider than the screen: two to a row
        super(look.zoomed() ? new MigLayout("insets 0, wrap 2, gap " + look.gap(), "[grow, fill, sg l][grow, fill, sg l]")
                : new MigLayout("insets 0, gap " + look.gap()));
        setOpaque(false);
        for (String lang : languages) {
            boolean chosen = lang.equals(current);
            TouchButton b = new TouchButton("language." + lang, look.words().get(nameKey(lang)), chosen ? "primary" : "nav", look.scale());
            // the style class sets the weight; this keeps it and changes only the family
            b.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                    "font: " + (chosen ? "bold " : "") + "\"" + fontOf.apply(lang) + "\"");
            b.putClientProperty(org.madang.kiosk.shell.VoiceGuide.CHOSEN, chosen);
            b.addActionListener(e -> choose.accept(lang));
            add(b, "wmin " + look.scale().mm(look.zoomed() ? 40 : 80) + ", hmin " + look.button());
        }
    }

    /** Each language's own name ("한국어", "English"), whatever the session's language. */
    private static String nameKey(String lang) {
        return switch (lang) {
            case "ko" -> "kiosk.language.ko";
            case "en" -> "kiosk.language.en";
            case "zh" -> "kiosk.language.zh";
            case "vi" -> "kiosk.language.vi";
            default -> throw new IllegalArgumentException("no name for language " + lang);
        };
    }
}
