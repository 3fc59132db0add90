package org.madang.ui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a font that can show Hangul: the site's font file if given, otherwise the first of the
 * well-known families installed (the JDK ships none).
 */
public final class HangulFonts {
    private static final Logger log = LoggerFactory.getLogger(HangulFonts.class);
    private static final String SAMPLE = "한글 예약";
    private static final List<String> PREFERRED = List.of("NanumBarunGothic", "NanumGothic", "Noto Sans CJK KR",
            "Noto Sans KR", "Malgun Gothic", "맑은 고딕", "Apple SD Gothic Neo", "UnDotum", "Baekmuk Gulim");

    private HangulFonts() {
    }

    /** The family to use, or empty when this machine has no font with Hangul. */
    public static Optional<String> find(Optional<Path> siteFont) {
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        if (siteFont.isPresent()) {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, siteFont.get().toFile());
                ge.registerFont(font);
                if (font.canDisplayUpTo(SAMPLE) == -1) {
                    return Optional.of(font.getFamily());
                }
                log.warn("font file {} has no Hangul; looking for an installed one", siteFont.get());
            } catch (IOException | FontFormatException e) {
                log.warn("font file {} cannot be loaded; looking for an installed one", siteFont.get(), e);
            }
        }
        return InstalledFonts.first(PREFERRED, f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1);
    }
}
