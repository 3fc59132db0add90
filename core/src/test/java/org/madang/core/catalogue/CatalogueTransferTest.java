package org.madang.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** A centre's catalogue carried to a new centre as YAML: all of it or, when anything is wrong, none of it, each problem named. */
class CatalogueTransferTest {
    private final TestSite from = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN");
    private final TestSite to = TestSite.empty(TestSite.tempRoot()).staff("admin=ADMIN", "desk=CLERK");

    @AfterEach
    void close() {
        from.close();
        to.close();
    }

    private CatalogueTransfer transfer(TestSite site) {
        return new CatalogueTransfer(site.database.jdbi(), site.events(), site.clock);
    }

    private String exported() {
        return transfer(from).export("마당군", "2026-11-21");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewCentreTakesTheWholeCatalogueAndASecondImportChangesNothing() {
        String yaml = exported();
        assertThat(yaml).startsWith("# Madang catalogue of 마당군").contains("madangCatalogue: 1", "facilities:", "rr-copy", "policy:");
        CatalogueTransfer.Report checked = transfer(to).importYaml(utf8(yaml), "admin", false);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.saved()).isFalse();
        assertThat(to.count("SELECT COUNT(*) FROM facility")).isZero();

        CatalogueTransfer.Report report = transfer(to).importYaml(utf8(yaml), "admin", true);
        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isTrue();
        for (String table : new String[] {"facility", "course_term", "instructor", "document_type", "queue_service"}) {
            assertThat(to.count("SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(from.count("SELECT COUNT(*) FROM " + table));
        }
        assertThat(to.count("SELECT COUNT(*) FROM course")).isEqualTo(from.count("SELECT COUNT(*) FROM course WHERE status = 'RECRUITING'"));
        assertThat(report.counts().get("facilities")[0]).isEqualTo((int) from.count("SELECT COUNT(*) FROM facility"));
        assertThat(to.count("SELECT COUNT(*) FROM event_log WHERE type = 'CatalogueImported' AND actor = 'clerk:admin'")).isEqualTo(1);
        assertThat(to.count("SELECT COUNT(*) FROM event_log WHERE type = 'FacilitySaved'")).isEqualTo(to.count("SELECT COUNT(*) FROM facility"));
        assertThat(transfer(to).export("새 센터", "2026-11-21").lines().skip(2).toList())
                .isEqualTo(yaml.lines().skip(2).toList());

        long events = to.events().latestId();
        CatalogueTransfer.Report again = transfer(to).importYaml(utf8(yaml), "admin", true);
        assertThat(again.problems()).isEmpty();
        assertThat(again.counts().values()).allSatisfy(n -> assertThat(n[0] + n[1]).isZero());
        // only the import itself is recorded: nothing in the catalogue changed
        assertThat(to.events().latestId()).isEqualTo(events + 1);
        assertThat(transfer(to).importYaml(utf8(yaml), "desk", true).problems()).extracting(p -> p.refusal().messageKey())
                .containsExactly("clerk.refused.catalogue");
    }

    @Test
    void aFileWithAnyProblemSavesNothingAndNamesEachProblemByItsPlace() {
        String yaml = exported();
        String broken = yaml.replaceFirst("capacity: (\\d+)", "capacity: 0").replaceFirst("fee: (\\d+)\\n", "fee: 15\n");
        CatalogueTransfer.Report report = transfer(to).importYaml(utf8(broken), "admin", true);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems()).extracting(CatalogueTransfer.Problem::where)
                .anySatisfy(w -> assertThat(w).matches("facilities\\[1] .* · capacity"))
                .anySatisfy(w -> assertThat(w).endsWith(" · fee"));
        assertThat(to.count("SELECT COUNT(*) FROM facility")).isZero();
        assertThat(to.events().latestId()).isZero();
    }

    @Test
    void aRefusalOnlyTheDatabaseCanSeeRollsTheWholeImportBack() {
        // the file's services use letters A–D; here 'X' already holds A, so the import's 'civil' cannot take it
        to.execute("INSERT INTO queue_service (code, prefix, name_ko, name_en, minutes_per_ticket) VALUES ('x', 'A', '기타', 'Other', 5)");
        CatalogueTransfer.Report report = transfer(to).importYaml(utf8(exported()), "admin", true);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems()).extracting(p -> p.refusal().messageKey()).contains("counter.queueService.prefixTaken");
        assertThat(to.count("SELECT COUNT(*) FROM facility")).isZero();
        assertThat(to.count("SELECT COUNT(*) FROM event_log")).isZero();
        assertThat(transfer(to).importYaml(utf8(exported()), "desk", true).problems()).extracting(p -> p.refusal().messageKey())
                .containsExactly("clerk.refused.catalogue");
    }

    @Test
    void whatIsNotACatalogueGetsAPlainAnswer() {
        CatalogueTransfer t = transfer(to);
        assertThat(t.importYaml(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41}, "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.notText");
        assertThat(t.importYaml(utf8("madangCatalogue: 1\nfacilities:\n  - code: a1\n    colour: red\n"), "admin", true).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).isEqualTo("facilities[1] · colour");
                    assertThat(p.refusal().messageKey()).isEqualTo("counter.catalogue.unknownField");
                    assertThat(p.refusal().args()).first().isEqualTo("colour");
                });
        assertThat(t.importYaml(utf8("madangCatalogue: 1\nmadangCatalogue: 1\n"), "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.twiceField");
        assertThat(t.importYaml(utf8("madangCatalogue: 1\nfacilities:\n  - code: a1\n    capacity: many\n"), "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.wrongType");
        assertThat(t.importYaml(utf8("madangCatalogue: 7\n"), "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.version");
        assertThat(t.importYaml(utf8(""), "admin", true).problems()).extracting(p -> p.refusal().messageKey())
                .containsExactly("counter.catalogue.empty");
        assertThat(t.importYaml(utf8("madangCatalogue: 1\nfacilities: [\n"), "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.syntax");
        assertThat(t.importYaml(utf8("madangCatalogue: 1\ndocumentTypes:\n  - code: passport\n    name: {ko: 여권, en: Passport}\n"
                + "    kioskFee: 0\n    counterFee: 0\n  - code: passport\n"), "admin", true).problems())
                .extracting(p -> p.refusal().messageKey()).containsExactly("counter.catalogue.unknownDocumentType", "counter.catalogue.twice");
        assertThat(to.events().latestId()).isZero();
    }
}
