package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code madang catalogue export|import}: a centre's catalogue as YAML; an import checked whole, saved all or nothing. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CatalogueCommandTest {

    @Test
    void exportedAndImportedBackTheCatalogueIsTheSameAndAFaultyFileSavesNothing(@TempDir Path site, @TempDir Path files) throws Exception {
        assertThat(MadangRun.of("demo-data", "--site", site.toString()).code()).isZero();
        Path yaml = files.resolve("catalogue.yaml");
        MadangRun export = MadangRun.of("catalogue", "export", "--site", site.toString(), "--out", yaml.toString());
        assertThat(export.code()).isZero();
        assertThat(Files.readString(yaml)).contains("madangCatalogue: 1", "facilities:", "courses:", "queueServices:", "policy:");

        MadangRun same = MadangRun.of("catalogue", "import", yaml.toString(), "--site", site.toString(), "--as", "admin");
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("facilities     0 new, 0 changed, 11 the same", "Saved into");

        Path faulty = files.resolve("faulty.yaml");
        Files.writeString(faulty, Files.readString(yaml).replaceFirst("capacity: \\d+", "capacity: 0"));
        MadangRun refused = MadangRun.of("catalogue", "import", faulty.toString(), "--site", site.toString(), "--as", "admin");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("1 problem in", "nothing was saved", "facilities[1] camp-a · capacity: from 1 to 500");

        MadangRun clerk = MadangRun.of("catalogue", "import", yaml.toString(), "--site", site.toString(), "--as", "clerk1");
        assertThat(clerk.code()).isEqualTo(1);
        assertThat(clerk.err()).contains("nothing was saved");
    }
}
