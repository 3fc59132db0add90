package org.madang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.booking.Channel;
import org.madang.core.document.DocumentIssuing;
import org.madang.core.document.DocumentOptions;
import org.madang.core.document.DocumentType;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.core.testing.TestSite;

/** Queue services and the desks that call them, and document types with their fees and channels, as an administrator keeps them. */
class QueueServiceDeskTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final QueueServiceDesk desk = new QueueServiceDesk(site.database.jdbi(), site.events());

    @AfterEach
    void close() {
        site.close();
    }

    private static Refusal field(Edit<?> outcome, String name) {
        assertThat(outcome).isInstanceOf(Edit.Invalid.class);
        return ((Edit.Invalid<?>) outcome).fields().get(name);
    }

    @Test
    void aServiceIsAddedChangedAndTakenOffTheKioskButNotWhileTicketsWait() {
        QueueServiceDesk.Entry first = desk.all().get(0);
        QueueServiceDesk.Entry clash = new QueueServiceDesk.Entry(Optional.empty(), "PASSPORT", first.prefix(), "여권", "Passports", 8, true);
        assertThat(field(desk.save(clash, "root"), "prefix").messageKey()).isEqualTo("counter.queueService.prefixTaken");
        assertThat(field(desk.save(new QueueServiceDesk.Entry(Optional.empty(), "P", 'x', "", "Passports", 0, true), "root"), "code"))
                .isNotNull();
        QueueServiceDesk.Entry passport = new QueueServiceDesk.Entry(Optional.empty(), "PASSPORT", 'P', "여권", "Passports", 8, true);
        assertThat(desk.save(passport, "root")).isInstanceOf(Edit.Saved.class);
        assertThat(site.queue().lines()).extracting(QueueLine::code).contains("PASSPORT");
        QueueLine line = site.queue().lines().stream().filter(l -> l.code().equals("PASSPORT")).findFirst().orElseThrow();
        site.queue().take(line.id(), null);
        QueueServiceDesk.Entry off = new QueueServiceDesk.Entry(Optional.of(line.id()), "PASSPORT", 'P', "여권", "Passports", 8, false);
        assertThat(field(desk.save(off, "root"), "active").messageKey()).isEqualTo("counter.queueService.stillWaiting");
        site.execute("UPDATE queue_ticket SET status = 'DONE' WHERE service_id = " + line.id());
        assertThat(desk.save(off, "root")).isInstanceOf(Edit.Saved.class);
        assertThat(site.queue().lines()).extracting(QueueLine::code).doesNotContain("PASSPORT");
        assertThat(desk.all()).extracting(QueueServiceDesk.Entry::code).contains("PASSPORT");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'QueueServiceSaved'")).isEqualTo(2);
    }

    @Test
    void aDeskSetHereCallsOnlyItsServicesAndClearedFollowsItsSiteYamlAgain() {
        List<Long> ids = desk.all().stream().map(s -> s.id().orElseThrow()).toList();
        assertThat(desk.setDesk(2, List.of(ids.get(1)), "root")).isEmpty();
        assertThat(desk.desk(2)).containsExactly(ids.get(1));
        assertThat(desk.desks()).containsOnlyKeys(2);
        assertThat(desk.setDesk(0, List.of(ids.get(0)), "root")).containsOnlyKeys("desk");
        assertThat(desk.setDesk(2, List.of(987_654L), "root")).containsOnlyKeys("services");
        assertThat(desk.setDesk(3, List.of(ids.get(0)), "desk")).containsOnlyKeys("");
        assertThat(desk.setDesk(2, List.of(), "root")).isEmpty();
        assertThat(desk.desk(2)).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'QueueDeskSet'")).isEqualTo(2);
    }

    @Test
    void aDocumentTypesFeesAndChannelsAreKeptAndAWithdrawnTypeIsNotIssued() {
        DocumentTypeDesk types = new DocumentTypeDesk(site.database.jdbi(), site.events());
        DocumentIssuing issuing = site.documents();
        DocumentType t = issuing.types().get(0);
        DocumentTypeDesk.Draft d = DocumentTypeDesk.Draft.of(t);
        assertThat(((Edit.Invalid<?>) types.save(new DocumentTypeDesk.Draft(t.code(), "", d.nameEn(), 15, -10, true, true), "root")).fields())
                .containsOnlyKeys("nameKo", "kioskFee", "counterFee");
        assertThat(types.save(new DocumentTypeDesk.Draft(t.code(), d.nameKo(), d.nameEn(), 0, 1000, false, true), "root"))
                .isInstanceOfSatisfying(Edit.Saved.class, s -> assertThat(((DocumentType) s.value()).kioskIssuable()).isFalse());
        assertThat(issuing.prepare(1, 1, t.code(), DocumentOptions.DEFAULTS, Channel.KIOSK)).isInstanceOfSatisfying(DocumentIssuing.Refused.class,
                r -> assertThat(r.refusal().messageKey()).isEqualTo("document.refused.counterOnly"));
        assertThat(issuing.offered(Channel.KIOSK)).extracting(DocumentType::code).contains(t.code());
        types.save(new DocumentTypeDesk.Draft(t.code(), d.nameKo(), d.nameEn(), 0, 1000, false, false), "root");
        assertThat(issuing.prepare(1, 1, t.code(), DocumentOptions.DEFAULTS, Channel.COUNTER)).isInstanceOfSatisfying(DocumentIssuing.Refused.class,
                r -> assertThat(r.refusal().messageKey()).isEqualTo("document.refused.withdrawn"));
        assertThat(issuing.offered(Channel.KIOSK)).extracting(DocumentType::code).doesNotContain(t.code());
        assertThat(issuing.offered(Channel.COUNTER)).extracting(DocumentType::code).doesNotContain(t.code());
        assertThat(issuing.types()).extracting(DocumentType::code).contains(t.code());
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'DocumentTypeSaved'")).isEqualTo(2);
    }
}
