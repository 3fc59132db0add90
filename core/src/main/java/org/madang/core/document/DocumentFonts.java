package org.madang.core.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a TrueType font with Hangul to embed in documents: the site's font file if it is one,
 * else the first of the usual places (fonts-nanum on Debian, Malgun Gothic on Windows…).
 * OpenType fonts with CFF outlines (Noto CJK) cannot be embedded as a subset, so they are not used.
 */
public final class DocumentFonts {
    static final List<Path> USUAL = List.of(
            Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
            Path.of("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
            Path.of("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf"),
            Path.of("/usr/share/fonts/truetype/baekmuk/gulim.ttf"),
            Path.of("C:/Windows/Fonts/malgun.ttf"),
            Path.of("/Library/Fonts/AppleGothic.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/AppleGothic.ttf"));

    private DocumentFonts() {
    }

    /** The font to embed, or empty when there is none (documents cannot then be issued). */
    public static Optional<Path> find(Optional<Path> siteFont) {
        if (siteFont.isPresent() && usable(siteFont.get())) {
            return siteFont;
        }
        return USUAL.stream().filter(DocumentFonts::usable).findFirst();
    }

    /** What to tell whoever set the site up when no font was found. */
    public static String missing() {
        return "no TrueType font with Hangul for documents (install fonts-nanum, or set ui.fontFile in site.yaml to a .ttf with Hangul)";
    }

    /** A readable TrueType (glyf) font that has the Hangul syllables documents use. */
    static boolean usable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            var cmap = ttf.getUnicodeCmapLookup();
            return ttf.getGlyph() != null && "증명서발급".codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
