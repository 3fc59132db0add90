package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.madang.config.SiteConfig;
import org.madang.hardware.voice.EspeakVoice;
import org.madang.kiosk.KioskApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madang say}: what the kiosk's voice guide says when a screen comes up, as text or as a
 * WAV file spoken by espeak-ng, for whoever edits the kiosk's wording.
 */
@Command(name = "say", mixinStandardHelpOptions = true,
        description = {"Say what the kiosk's voice guide says for a screen: its title, what to do, what it shows and the",
                "first control, with numbers, dates and money as they are read out. Staged with demo data as",
                "'madang screenshot' does (on a throwaway demo site unless --site is given)."})
final class SayCommand extends SiteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "APP", description = "kiosk")
    String app;

    @Parameters(index = "1", paramLabel = "SCREEN", description = "A kiosk screen id (madang screenshot --list).")
    String screen;

    @Option(names = "--lang", paramLabel = "ko|en|zh|vi", description = "Language (default: the site's first).")
    String lang;

    @Option(names = "--out", paramLabel = "FILE.wav", description = "Write the speech to this WAV file (needs espeak-ng).")
    Path out;

    @Option(names = "--text", description = "Print what is said.")
    boolean text;

    @Option(names = "--rate", paramLabel = "WPM", defaultValue = "150", description = "Words a minute (80-300, default ${DEFAULT-VALUE}).")
    int rate;

    @Override
    public Integer call() throws Exception {
        if (!"kiosk".equals(app)) {
            throw new UsageException("madang say: only the kiosk speaks (give: kiosk SCREEN)");
        }
        if (!KioskApp.screenIds().contains(screen)) {
            throw new UsageException("madang say: no kiosk screen '" + screen + "' (known: " + String.join(", ", KioskApp.screenIds()) + ")");
        }
        if (out == null && !text) {
            throw new UsageException("madang say: give --out FILE.wav, --text, or both");
        }
        if (rate < 80 || rate > 300) {
            throw new UsageException("madang say --rate " + rate + ": give 80 to 300 words a minute");
        }
        if (out != null) {
            EspeakVoice.unavailable("espeak-ng").ifPresent(why -> {
                throw new UsageException("madang say --out: " + why);
            });
        }
        String[] said = new String[2];
        KioskStaging.onSite(options.site(System.getenv()), options, site -> {
            KioskAssembly.FontChoice font = KioskAssembly.chooseFont(site.config, err());
            SiteConfig config = font.config();
            String language = Languages.choose(lang, config);
            SwingUtilities.invokeAndWait(() -> {
                KioskApp kiosk = KioskStaging.stage(site, font, new KioskStaging.Look(config.screen().widthPx(),
                        config.screen().heightPx(), language, false, false, false, false), screen, false, err());
                said[0] = kiosk.voiceGuide().introduction();
                said[1] = language;
                kiosk.stop();
            });
            return null;
        });
        PrintWriter stdout = out();
        if (text) {
            stdout.println(said[0]);
        }
        if (out != null) {
            EspeakVoice.writeWav("espeak-ng", said[0], said[1], rate, 100, out);
            stdout.println("Wrote " + out + " (kiosk " + screen + ", " + said[1] + ")");
        }
        stdout.flush();
        return 0;
    }
}
