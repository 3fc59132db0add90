package org.madang.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.madang.core.demo.DemoScale;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.Verification;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.site.SiteDirectory;
import org.madang.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madang verify CODE|FILE.pdf|FILE.png}: checks a document against the site's key and
 * records and prints the verdict with the stored summary to compare. Exit 0 when valid, 1 when refused.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an issued document: its number, the text of its QR code, its PDF, or a picture of it.",
                "Exit status 0 when the document is valid, 1 when it is refused (with the reason), 2 for a usage error."})
final class VerifyCommand extends SiteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE|FILE", description = "A document number (16 digits), a QR code's text, a .pdf, or a picture (.png, .jpg).")
    String what;

    @Option(names = "--json", description = "One JSON object instead of lines.")
    boolean json;

    @Option(names = "--lang", paramLabel = "ko|en", description = "The language of the verdict (default: en).")
    String lang = "en";

    @Option(names = "--demo", description = "Check against the demo site under your home folder.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        if (!lang.equals("ko") && !lang.equals("en")) {
            throw new UsageException("madang verify: --lang " + lang + ": choose ko or en");
        }
        StartupProbe.mark("command parsed");
        Messages messages = Messages.forLanguage(lang);
        Path root = site(demo, DemoScale.COUNTY);
        SiteDirectory dir = new SiteDirectory(root);
        try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang verify")) {
            Verification v = check(site.verifier(), what);
            print(v, messages, out());
            return v.valid() ? 0 : 1;
        }
    }

    /** A file when one exists by that name (PDF by its header, else a picture), otherwise a code or a number. */
    static Verification check(DocumentVerifier verifier, String what) {
        Path file;
        try {
            file = Path.of(what);
        } catch (java.nio.file.InvalidPathException e) {
            return verifier.code(what);
        }
        if (!Files.isRegularFile(file)) {
            if (looksLikeFileName(what)) {
                throw new UsageException("madang verify: no file " + what);
            }
            return verifier.code(what);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return verifier.pdf(bytes);
            }
            java.awt.image.BufferedImage picture = ImageIO.read(file.toFile());
            if (picture == null) {
                throw new UsageException("madang verify: " + what + " is neither a PDF nor a picture (PNG, JPEG, GIF, BMP)");
            }
            return verifier.image(picture);
        } catch (IOException e) {
            throw new UsageException("madang verify: cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeFileName(String what) {
        String w = what.toLowerCase(Locale.ROOT);
        return w.endsWith(".pdf") || w.endsWith(".png") || w.endsWith(".jpg") || w.endsWith(".jpeg") || w.endsWith(".gif")
                || w.endsWith(".bmp") || w.contains("/");
    }

    private void print(Verification v, Messages messages, PrintWriter out) throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("valid", v.valid());
        fields.put("verdict", v.verdict().name());
        fields.put("reason", messages.get(v.messageKey()));
        fields.put("wordsChecked", v.wordsChecked());
        v.summary().ifPresent(s -> {
            fields.put("number", DocumentNumber.grouped(s.number()));
            fields.put("type", s.typeCode());
            fields.put("document", s.typeName().in(messages.language()));
            fields.put("holder", s.holder());
            fields.put("issuedAt", s.issuedAt().format(when));
            fields.put("pages", s.pages());
            fields.put("copies", s.copies());
            fields.put("terminal", s.terminalId());
            s.revokeReason().ifPresent(r -> fields.put("revokedBecause", r));
        });
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(fields));
        } else {
            out.println((v.valid() ? "VALID" : "REFUSED (" + v.verdict().name() + ")") + ": " + fields.get("reason"));
            int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
            fields.forEach((k, value) -> {
                if (!k.equals("valid") && !k.equals("verdict") && !k.equals("reason")) {
                    out.printf("  %-" + width + "s  %s%n", k, value);
                }
            });
            if (v.valid() && !v.wordsChecked()) {
                out.println("  Compare the paper with these facts: only a PDF's words can be checked automatically.");
            }
        }
        out.flush();
    }
}
