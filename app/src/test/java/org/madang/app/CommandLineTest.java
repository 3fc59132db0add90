package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The madang command as a user meets it: exit codes, one-line errors, and what each sub-command prints. */
class CommandLineTest {

    private static MadangRun madang(String... args) {
        return MadangRun.of(args);
    }

    @Test
    void aMalformedSiteFileIsOneLineNamingFileLineAndKeyWithExitTwo(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("site.yaml"), "site:\n  name: Test\ndevices:\n  receiptPrinter: \"escpso:/dev/ttyUSB0\"\n",
                StandardCharsets.UTF_8);
        MadangRun run = madang("stats", "--site", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(site.resolve("site.yaml") + ":4 devices.receiptPrinter: unknown driver 'escpso' (known: escpos+file, escpos+serial, escpos+tcp, sim)");
    }

    @Test
    void brokenYamlAndBadOverridesAreOneLineToo(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("site.yaml"), "site:\n  name: [unclosed\n", StandardCharsets.UTF_8);
        MadangRun broken = madang("db", "migrate", "--site", site.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err().strip()).startsWith(site.resolve("site.yaml") + ":").doesNotContain("\n").doesNotContain("Exception");

        Files.writeString(site.resolve("site.yaml"), "", StandardCharsets.UTF_8);
        MadangRun badSet = madang("db", "migrate", "--site", site.toString(), "--set", "session.idleSeconds=5");
        assertThat(badSet.code()).isEqualTo(2);
        assertThat(badSet.err().strip()).isEqualTo("--set session.idleSeconds: 5 is out of range (30 to 3600)");
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() {
        for (MadangRun run : new MadangRun[] {madang(), madang("kiosk", "--no-such-option"), madang("stats"), madang("demo-data", "--scale", "galaxy", "--site", "x"),
                madang("screenshot", "kiosk", "nowhere", "--out", "x.png"), madang("db")}) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().strip()).isNotEmpty().doesNotContain("\n").doesNotContain("\tat ");
        }
    }

    /**
     * The list a newcomer reads: every command by name with a whole line (no description cut off),
     * the script's test and package too; and only the command being run is built, the others are
     * listed by name (their classes are not even loaded by picocli's reflection).
     */
    @Test
    void theHelpListsEveryCommandWholeAndOnlyTheOneRunIsBuilt() {
        MadangRun help = madang("--help");
        assertThat(help.code()).isZero();
        for (MadangCommand.Sub sub : MadangCommand.SUBCOMMANDS) {
            Object command = sub.make().get();
            picocli.CommandLine.Command annotation = command.getClass().getAnnotation(picocli.CommandLine.Command.class);
            assertThat(annotation.name()).as("the listed name is the command's own").isEqualTo(sub.name());
            if (sub.hidden()) {
                assertThat(help.out()).doesNotContain(sub.name());
            } else {
                // a line wraps at 80 columns, never ends half-way: the last word of each line is listed
                String[] words = sub.line().split(" ");
                assertThat(help.out()).contains("  " + sub.name() + " ").contains(words[words.length - 1]);
            }
        }
        assertThat(help.out()).contains("./madang test").contains("./madang package");
        picocli.CommandLine kiosk = MadangCommand.commandLine("kiosk", "--windowed");
        assertThat(kiosk.getSubcommands().get("kiosk").getCommandSpec().userObject()).isInstanceOf(KioskCommand.class);
        assertThat(kiosk.getSubcommands().get("counter").getCommandSpec().userObject()).as("listed, not built").isNull();
        picocli.CommandLine helpAbout = MadangCommand.commandLine("help", "verify");
        assertThat(helpAbout.getSubcommands().get("verify").getCommandSpec().userObject()).isInstanceOf(VerifyCommand.class);
        assertThat(madang("help", "verify").out()).contains("CODE|FILE");
    }

    @Test
    void everySubCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"kiosk", "--help"}, {"counter", "--help"}, {"db", "--help"},
                {"db", "migrate", "--help"}, {"db", "serve", "--help"}, {"db", "backup", "--help"}, {"db", "restore", "--help"}, {"db", "encrypt", "--help"}, {"db", "check", "--help"},
                {"demo-data", "--help"}, {"stats", "--help"}, {"kiosks", "--help"}, {"screenshot", "--help"}, {"doctor", "--help"}, {"bench", "--help"},
                {"verify", "--help"}, {"render", "--help"}}) {
            MadangRun run = madang(args);
            assertThat(run.code()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).contains("--help");
            if (args.length > 1 && !args[0].equals("db") && !args[0].equals("bench") || args.length > 2) {
                assertThat(run.out()).contains("--site").contains("--set");
            }
        }
    }

    @Test
    void benchReceiptComparesNativeAndRasterQr() {
        MadangRun run = madang("bench", "receipt", "--rounds", "1", "--iterations", "1");
        assertThat(run.code()).as(run.err()).isZero();
        String nativeLine = run.out().lines().filter(l -> l.startsWith("ko ") && l.contains("native")).findFirst().orElseThrow();
        String rasterLine = run.out().lines().filter(l -> l.startsWith("ko ") && l.contains("raster")).findFirst().orElseThrow();
        int nativeBytes = Integer.parseInt(nativeLine.split(" +")[2].replace(",", ""));
        int rasterBytes = Integer.parseInt(rasterLine.split(" +")[2].replace(",", ""));
        assertThat(nativeBytes).as("the booking receipt with a native QR fits in 1 KB").isLessThanOrEqualTo(1024);
        assertThat(rasterBytes).isGreaterThan(nativeBytes);
        assertThat(run.out()).doesNotContain("□").contains("none");
    }

    @Test
    void screenshotListsEveryScreen() {
        MadangRun run = madang("screenshot", "--list");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).contains("kiosk idle", "kiosk home", "kiosk booking.confirm", "counter login", "counter queue",
                "counter queue.serving", "counter payments", "display board", "practice home", "practice booking.days",
                "practice fastfood/menu", "practice fastfood/pay.card", "practice fastfood/done", "practice chooser", "practice signin",
                "practice lesson.guided", "practice instructor", "practice heat/booking.court", "practice certificate");
    }

    @Test
    void practiceListsItsLessonsAndChecksAnInstructorsFileWithItsLine(@TempDir Path dir) throws Exception {
        MadangRun listed = madang("practice", "--list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("booking.court", "queue.ticket", "notices.read");
        Path lessons = dir.resolve("lessons.yaml");
        Files.writeString(lessons, "lessons:\n  - id: x\n    title: {ko: 가, en: a}\n    task: {ko: 가}\n");
        MadangRun checked = madang("practice", "--check", lessons.toString());
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.err().strip()).isEqualTo(lessons + ":4: 'en' is missing");
    }

    @Test
    void practiceOpensAClassAndAddsLearnersWithDigitsOfTheirOwn(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("practice");
        MadangRun opened = madang("practice", "--site", folder.toString(), "--new-class", "화요반", "--taught-by", "박강사");
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(opened.out().strip()).isEqualTo("Class 화요반 opened (instructor 박강사)");
        MadangRun added = madang("practice", "--site", folder.toString(), "--new-learner", "김영희", "--class", "화요반");
        assertThat(added.out().strip()).matches("김영희 joined 화요반: signs in with [0-9]{4}");
        String digits = added.out().strip().substring(added.out().strip().length() - 4);
        assertThat(madang("practice", "--site", folder.toString(), "--learners").out().lines())
                .containsExactly("화요반 (instructor 박강사)", "  김영희 " + digits);
        MadangRun again = madang("practice", "--site", folder.toString(), "--new-class", "화요반", "--taught-by", "김강사");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("madang practice: There is already a class called ‘화요반’. Choose another name.");
        assertThat(madang("practice", "--site", folder.toString(), "--new-learner", "이순자", "--class", "목요반").err())
                .contains("no class '목요반'");
        MadangRun early = madang("practice", "--site", folder.toString(), "--certificate", "김영희", "--class", "화요반", "--out",
                dir.resolve("c.pdf").toString());
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err().strip()).startsWith("madang practice: No certificate yet:");
        assertThat(dir.resolve("c.pdf")).doesNotExist();
        MadangRun checked = madang("practice", "--site", folder.toString(), "--verify", "https://coupon.example.com/c/1");
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out().strip()).startsWith("no code:");
    }

    @Test
    void practiceListsThePacksAndChecksAnInstructorsPackFolder(@TempDir Path dir) throws Exception {
        MadangRun listed = madang("practice", "--list");
        assertThat(listed.out()).containsPattern("pack\\s+fastfood\\s+햄버거 가게 주문").contains("fastfood.burger-takeout");
        Path pack = dir.resolve("burgers");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        String yaml = String.join("\n", "pack: burgers", "title: {ko: 버거, en: Burgers}",
                "look: {name: {ko: 버거, en: Burgers}, logo: logo.svg, background: \"#FFFFFF\", panel: \"#FFFFFF\", accent: \"#222222\",",
                "       onAccent: \"#FFFFFF\", text: \"#000000\"}",
                "start: what",
                "screens:",
                "  - {id: what, widget: choice, title: {ko: 고르세요, en: Choose}, key: what, label: {ko: 메뉴, en: Menu},",
                "     picks: [{id: tea, label: {ko: 차, en: Tea}}], next: pay}",
                "  - {id: pay, widget: pay, title: {ko: 계산, en: Pay}, methods: [card], next: end}",
                "  - {id: end, widget: receipt, title: {ko: 끝, en: Done}}",
                "lessons:",
                "  - id: burgers.tea",
                "    title: {ko: 차, en: Tea}",
                "    task: {ko: 차를 사세요, en: Buy tea}",
                "    steps:",
                "      - {screen: what, control: choice.tea, say: {ko: 차를 누르세요, en: Touch Tea}}",
                "    goal: {done: {what: tea}}", "");
        Files.writeString(pack.resolve("pack.yaml"), yaml);
        MadangRun ok = madang("practice", "--check", pack.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out().strip()).isEqualTo("ok: " + pack + " (pack burgers: 4 screens, 1 lessons: burgers.tea)");
        Files.writeString(pack.resolve("pack.yaml"), yaml.replace("control: choice.tea", "control: choice.coffee"));
        MadangRun broken = madang("practice", "--check", pack.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().strip()).startsWith(pack.resolve("pack.yaml") + ":16: screen 'what' has no control 'choice.coffee'");
    }

    @Test
    void demoDataStatsCheckAndBackupWorkOnOneSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        MadangRun seeded = madang("demo-data", "--site", site.toString(), "--scale", "small");
        assertThat(seeded.code()).as(seeded.err()).isZero();
        assertThat(Files.readString(site.resolve("site.yaml"))).contains("receiptPrinter");

        MadangRun stats = madang("stats", "--site", site.toString(), "--json");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).startsWith("{\"facilities\":11,").contains("\"bookings\":");
        assertThat(madang("stats", "--site", site.toString()).out()).containsPattern("facilities\\s+11");

        MadangRun again = madang("demo-data", "--site", site.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds data");

        MadangRun check = madang("db", "check", "--site", site.toString());
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("event log   ok");

        Path zip = dir.resolve("backup.zip");
        assertThat(madang("db", "backup", "--site", site.toString(), "--out", zip.toString()).code()).isZero();
        assertThat(Files.size(zip)).isPositive();
        assertThat(new String(Files.readAllBytes(site.resolve("keys").resolve("lookup.key")), StandardCharsets.US_ASCII).strip()).hasSize(64);
        assertThat(Files.getPosixFilePermissions(site.resolve("keys").resolve("data.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void screenshotsRenderKioskAndCounterScreens(@TempDir Path dir) throws Exception {
        Path kiosk = dir.resolve("home.png");
        MadangRun home = madang("screenshot", "kiosk", "home", "--out", kiosk.toString(), "--size", "1920x1080", "--lang", "en");
        assertThat(home.code()).as(home.err()).isZero();
        assertThat(ImageIO.read(kiosk.toFile()).getWidth()).isEqualTo(1920);

        Path counter = dir.resolve("queue.png");
        MadangRun queue = madang("screenshot", "counter", "queue.serving", "--out", counter.toString());
        assertThat(queue.code()).as(queue.err()).isZero();
        assertThat(ImageIO.read(counter.toFile()).getHeight()).isEqualTo(768);

        Path board = dir.resolve("board.png");
        MadangRun display = madang("screenshot", "display", "board", "--out", board.toString(), "--size", "1080x1920");
        assertThat(display.code()).as(display.err()).isZero();
        assertThat(ImageIO.read(board.toFile()).getWidth()).isEqualTo(1080);
    }
}
