package org.madang.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {
    private final SiteConfigLoader loader = new SiteConfigLoader();

    private SiteConfig load(String yaml) throws ConfigException {
        return loader.loadText(yaml, "site.yaml", Map.of(), List.of());
    }

    @Test
    void withoutAFileTheDemoSiteDefaultsApply(@TempDir Path dir) throws ConfigException {
        SiteConfig config = loader.load(dir.resolve("site.yaml"), Map.of(), List.of());
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(config.site().languages()).containsExactly("ko", "en");
        assertThat(config.terminal().role()).isEqualTo(TerminalRole.KIOSK);
        assertThat(config.devices().receiptPrinter().driver()).isEqualTo("sim");
        assertThat(config.screen().widthPx()).isEqualTo(1080);
        assertThat(config.screen().heightMm()).isEqualTo(708);
        assertThat(config.session().idle()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.database().remoteUrl()).isEmpty();
    }

    @Test
    void laterLayersWin() throws ConfigException {
        String yaml = "terminal:\n  id: from-file\nsite:\n  name: File name\n";
        SiteConfig fileOnly = load(yaml);
        assertThat(fileOnly.terminal().id()).isEqualTo("from-file");

        SiteConfig withEnv = loader.loadText(yaml, "site.yaml", Map.of("MADANG_TERMINAL_ID", "from-env"), List.of());
        assertThat(withEnv.terminal().id()).isEqualTo("from-env");
        assertThat(withEnv.site().name()).isEqualTo("File name");

        SiteConfig withSet = loader.loadText(yaml, "site.yaml", Map.of("MADANG_TERMINAL_ID", "from-env"),
                List.of("terminal.id=from-set", "site.languages=en,ko"));
        assertThat(withSet.terminal().id()).isEqualTo("from-set");
        assertThat(withSet.site().languages()).containsExactly("en", "ko");
    }

    @Test
    void anUnknownDriverNamesFileLineAndKey() {
        String yaml = "site:\n  name: Test\n\ndevices:\n  idReader: \"sim:\"\n  receiptPrinter: \"escpso:/dev/ttyUSB0\"\n";
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigException.class)
                .hasMessage("site.yaml:6 devices.receiptPrinter: unknown driver 'escpso' (known: escpos+file, escpos+serial, escpos+tcp, sim)");
    }

    @Test
    void malformedYamlNamesTheLine() {
        String yaml = "site:\n  name: Test\n  zone: [Asia/Seoul\nterminal:\n  id: x\n";
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("site.yaml:").hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownOne() {
        assertThatThrownBy(() -> load("session:\n  idleSecond: 90\n"))
                .hasMessage("site.yaml:2 session.idleSecond: unknown key (did you mean session.idleSeconds?)");
        assertThatThrownBy(() -> loader.loadText("", "site.yaml", Map.of(), List.of("nothing.like.this=1")))
                .hasMessageStartingWith("--set nothing.like.this: unknown key");
    }

    @Test
    void badValuesSayWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> load("session:\n  idleSeconds: soon\n")).hasMessage("site.yaml:2 session.idleSeconds: 'soon' is not a whole number");
        assertThatThrownBy(() -> load("site:\n  zone: Mars/Olympus\n")).hasMessage("site.yaml:2 site.zone: 'Mars/Olympus' is not a time zone (e.g. Asia/Seoul)");
        assertThatThrownBy(() -> load("site:\n  languages: [ko, fr]\n")).hasMessage("site.yaml:2 site.languages: unknown language 'fr' (known: en, ko, vi, zh)");
        assertThatThrownBy(() -> load("session:\n  idleSeconds: 40\n  warningSeconds: 40\n"))
                .hasMessage("site.yaml:3 session.warningSeconds: must be shorter than session.idleSeconds (40)");
        assertThatThrownBy(() -> loader.loadText("", "site.yaml", Map.of("MADANG_SESSION_MAXEXTENSIONS", "3"), List.of()))
                .hasMessage("env MADANG_SESSION_MAXEXTENSIONS session.maxExtensions: 3 is out of range (10 to 100)");
        assertThatThrownBy(() -> loader.loadText("", "site.yaml", Map.of(), List.of("terminal.id")))
                .hasMessageStartingWith("--set terminal.id: expected key=value");
    }

    @Test
    void theDatabaseIsThisSitesFileAnH2ServerOrTheCountysPostgresql() throws ConfigException {
        assertThat(load("").database().postgres()).isFalse();
        DatabaseConfig county = load("database:\n  url: jdbc:postgresql://county.example:5432/madang\n  tls: verify\n").database();
        assertThat(county.postgres()).isTrue();
        assertThat(county.tls()).isEqualTo(DatabaseConfig.Tls.VERIFY);
        assertThat(load("database:\n  url: jdbc:h2:tcp://desk-1:9092/madang\n").database().postgres()).isFalse();
        assertThatThrownBy(() -> load("database:\n  url: mysql://somewhere/madang\n"))
                .hasMessageStartingWith("site.yaml:2 database.url: 'mysql://somewhere/madang' is neither an H2 address");
        assertThatThrownBy(() -> load("database:\n  url: jdbc:postgresql://c/m\n  tls: maybe\n"))
                .hasMessage("site.yaml:3 database.tls: 'maybe' is not off, require or verify");
        assertThatThrownBy(() -> load("database:\n  tls: verify\n"))
                .hasMessageStartingWith("site.yaml:2 database.tls: is for a PostgreSQL database.url");
        assertThatThrownBy(() -> load("database:\n  url: jdbc:postgresql://c/m\n  encrypted: true\n"))
                .hasMessageStartingWith("site.yaml:3 database.encrypted: encrypts this site's H2 file");
    }

    @Test
    void aCentreOfACountyMayKeepItsCacheInsideItsFolder() throws ConfigException {
        assertThat(load("").database().cachePath()).isEmpty();
        assertThat(load("database:\n  url: jdbc:postgresql://c/m\n  cache: data/./cache\n").database().cachePath()).contains("data/cache");
        var served = load("database:\n  url: jdbc:postgresql://c/m\n  cache: jdbc:h2:tcp://centre-pc:9092/cache\n").database();
        assertThat(served.servedCache()).contains("jdbc:h2:tcp://centre-pc:9092/cache");
        assertThatThrownBy(() -> load("database:\n  url: jdbc:postgresql://c/m\n  cache: jdbc:h2:tcp://centre-pc:9092/../madang;IFEXISTS=FALSE\n"))
                .hasMessageStartingWith("site.yaml:3 database.cache: 'jdbc:h2:tcp://centre-pc:9092/../madang;IFEXISTS=FALSE' is not the address of a served cache");
        assertThatThrownBy(() -> load("database:\n  cache: data/cache\n"))
                .hasMessageStartingWith("site.yaml:2 database.cache: is the centre's cache of a county's PostgreSQL database");
        for (String wrong : java.util.List.of("/var/cache/madang", "../elsewhere/cache", "data/cache.mv.db", "data/madang")) {
            assertThatThrownBy(() -> load("database:\n  url: jdbc:postgresql://c/m\n  cache: " + wrong + "\n"))
                    .as(wrong).hasMessageStartingWith("site.yaml:3 database.cache: '" + wrong + "' is not a place for the cache");
        }
    }

    @Test
    void aCounterDeskHasItsNumberAndTheServicesItCalls() throws ConfigException {
        SiteConfig all = load("terminal:\n  role: counter\n");
        assertThat(all.counter().number()).isEqualTo(1);
        assertThat(all.counter().serves("welfare")).isTrue();
        SiteConfig desk = load("counter:\n  number: 2\n  services: [civil, payment]\n");
        assertThat(desk.counter().number()).isEqualTo(2);
        assertThat(desk.counter().services()).containsExactly("civil", "payment");
        assertThat(desk.counter().serves("welfare")).isFalse();
        assertThat(loader.loadText("", "site.yaml", Map.of(), List.of("counter.services=civil,welfare")).counter().services())
                .containsExactly("civil", "welfare");
        assertThat(all.display().speak()).containsExactly("ko");
        assertThat(load("display:\n  speak: [ko, en]\n").display().speak()).containsExactly("ko", "en");
        assertThatThrownBy(() -> load("counter:\n  number: 0\n")).hasMessage("site.yaml:2 counter.number: 0 is out of range (1 to 99)");
        assertThatThrownBy(() -> load("counter:\n  services: [Civil Affairs]\n"))
                .hasMessage("site.yaml:2 counter.services: 'Civil Affairs' is not a service code (small letters, digits and '-', e.g. civil)");
    }

    @Test
    void deviceUrisKeepTheirTargetAndParameters() {
        DeviceUri uri = DeviceUri.parse("escpos+serial:/dev/ttyUSB0?baud=19200&profile=bixolon-srp350");
        assertThat(uri.driver()).isEqualTo("escpos+serial");
        assertThat(uri.target()).isEqualTo("/dev/ttyUSB0");
        assertThat(uri.params()).containsEntry("baud", "19200").containsEntry("profile", "bixolon-srp350");
        assertThatThrownBy(() -> DeviceUri.parse("no-colon")).hasMessageContaining("not a device URI");
    }

    @Test
    void everyExampleFileLoads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> examples = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
            for (Path example : examples) {
                assertThat(loader.load(example, Map.of(), List.of()).site().name()).isNotBlank();
            }
        }
    }

    @Test
    void geometryConvertsMillimetresAndRotates() {
        ScreenGeometry portrait = new ScreenGeometry(1080, 1920, 398, 708, 700, 12);
        assertThat(portrait.pxPerMm()).isCloseTo(2.71, org.assertj.core.data.Offset.offset(0.01));
        ScreenGeometry landscape = portrait.resized(1920, 1080);
        assertThat(landscape.widthMm()).isEqualTo(708);
        assertThat(landscape.pxPerMm()).isEqualTo(portrait.pxPerMm());
    }
}
