package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.config.SiteConfig;
import org.madang.config.SiteConfigLoader;

/** Without a font that has Hangul, the terminal says so plainly and runs in English. */
class FontFallbackTest {

    private static SiteConfig config() throws Exception {
        return new SiteConfigLoader().loadText("", "site.yaml", Map.of(), List.of());
    }

    @Test
    void withoutAHangulFontTheKioskSaysSoAndOffersEnglishOnly() throws Exception {
        StringWriter err = new StringWriter();
        KioskAssembly.FontChoice choice = KioskAssembly.chooseFont(config(), Optional.empty(), new PrintWriter(err, true));
        assertThat(choice.config().site().languages()).containsExactly("en");
        assertThat(err.toString().strip()).isEqualTo(
                "No font with Hangul was found (install fonts-nanum, or set ui.fontFile in site.yaml): showing English only.");
    }

    @Test
    void withAHangulFontNothingChanges() throws Exception {
        StringWriter err = new StringWriter();
        KioskAssembly.FontChoice choice = KioskAssembly.chooseFont(config(), Optional.of("NanumGothic"), new PrintWriter(err, true));
        assertThat(choice.family()).isEqualTo("NanumGothic");
        assertThat(choice.config().site().languages()).containsExactly("ko", "en");
        assertThat(err.toString()).isEmpty();
    }
}
