package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code madang verify} and {@code madang render} on a demo site with its outbox of issued documents. */
class DocumentCommandsTest {
    @TempDir
    static Path site;

    private static MadangRun madang(String... args) {
        return MadangRun.of(args);
    }

    @BeforeAll
    static void demoSite() {
        MadangRun run = madang("demo-data", "--site", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static Path outbox(String startsWith) throws Exception {
        try (Stream<Path> files = Files.list(site.resolve("outbox"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(startsWith)).findFirst().orElseThrow();
        }
    }

    @Test
    void theDemoOutboxHoldsGenuineDocumentsThatVerifyAndAnAlteredOneThatDoesNot() throws Exception {
        Path genuine = outbox("kim-younghee-resident-registration-copy-26");
        MadangRun valid = madang("verify", genuine.toString(), "--site", site.toString());
        assertThat(valid.code()).as(valid.err()).isZero();
        assertThat(valid.out()).startsWith("VALID").contains("김*희", "Resident registration copy");

        MadangRun altered = madang("verify", outbox("kim-younghee-resident-registration-copy-ALTERED").toString(), "--site", site.toString(), "--json");
        assertThat(altered.code()).isEqualTo(1);
        Map<?, ?> json = new ObjectMapper().readValue(altered.out(), Map.class);
        assertThat(json.get("verdict")).isEqualTo("ALTERED");
        assertThat(json.get("valid")).isEqualTo(false);

        for (String other : List.of("lee-cheolsu-family-relation", "nguyen-thi-mai-learning-history")) {
            assertThat(madang("verify", outbox(other).toString(), "--site", site.toString()).code()).as(other).isZero();
        }
    }

    @Test
    void aPictureOfThePageAndTheTypedNumberVerifyToo(@TempDir Path tmp) throws Exception {
        Path genuine = outbox("lee-cheolsu-family-relation");
        Path png = tmp.resolve("photo.png");
        try (PDDocument doc = Loader.loadPDF(genuine.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 120);
            ImageIO.write(page, "png", png.toFile());
        }
        MadangRun picture = madang("verify", png.toString(), "--site", site.toString());
        assertThat(picture.code()).as(picture.out() + picture.err()).isZero();
        assertThat(picture.out()).contains("Compare the paper");

        String number = genuine.getFileName().toString().replaceAll("\\D", "");
        MadangRun typed = madang("verify", number.substring(0, 4) + "-" + number.substring(4), "--site", site.toString(), "--lang", "ko");
        assertThat(typed.code()).isZero();
        assertThat(typed.out()).contains("진본", "가족관계증명서");
        MadangRun wrong = madang("verify", number.substring(0, 15) + (char) ('0' + (number.charAt(15) - '0' + 1) % 10), "--site", site.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).contains("MISTYPED");
        MadangRun bookingCode = madang("verify", "MDG1.B.B2611-0001.xyz", "--site", site.toString());
        assertThat(bookingCode.code()).isEqualTo(1);
        assertThat(bookingCode.out()).contains("NOT_A_DOCUMENT");
        MadangRun missing = madang("verify", tmp.resolve("none.pdf").toString(), "--site", site.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no file");
    }

    @Test
    void renderPreviewsEveryTypeAsASampleAndEachReceiptAsAPicture(@TempDir Path tmp) throws Exception {
        MadangRun list = madang("render", "document", "--list", "--site", site.toString());
        assertThat(list.code()).isZero();
        List<String> types = list.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertThat(types).contains("rr-copy", "rr-abstract", "family-relation", "local-tax", "course-completion", "learning-history",
                "facility-use");
        for (String type : types) {
            Path pdf = tmp.resolve(type + ".pdf");
            MadangRun run = madang("render", "document", type, "--out", pdf.toString(), "--site", site.toString());
            assertThat(run.code()).as(type + ": " + run.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).as(type).contains("견본");
            }
            MadangRun verify = madang("verify", pdf.toString(), "--site", site.toString());
            assertThat(verify.code()).as(type).isEqualTo(1);
            assertThat(verify.out()).as(type).contains("SAMPLE");
        }
        MadangRun refused = madang("render", "document", "local-tax", "--resident", "3", "--out", tmp.resolve("t.pdf").toString(),
                "--site", site.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("unpaid local tax");

        for (String kind : List.of("booking", "ticket", "document")) {
            Path png = tmp.resolve(kind + ".png");
            MadangRun run = madang("render", "receipt", kind, "--out", png.toString(), "--site", site.toString());
            assertThat(run.code()).as(kind + ": " + run.err()).isZero();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(576);
        }
    }
}
