package org.madang.counter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseDesk;
import org.madang.core.course.InstructorDesk;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.document.DocumentType;
import org.madang.core.document.DocumentTypeDesk;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** The catalogue's tabs as their presenters drive them, without a window: courses, document types, queue desks and pictures. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CatalogueEditPresenterTest {
    private static final String ADMIN = DemoSeeder.DEMO_ADMIN_LOGIN;

    /** What a tab was told, in order. */
    static final class Seen<T> implements EditView<T> {
        final List<String> said = new ArrayList<>();
        List<T> all = List.of();

        @Override
        public void showAll(List<T> items) {
            all = items;
        }

        @Override
        public void showSaved(T saved) {
            said.add("saved");
        }

        @Override
        public void showInvalid(Map<String, Refusal> fields) {
            said.add("invalid:" + String.join(",", new java.util.TreeSet<>(fields.keySet())));
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }

    private static Event event(EventType type) {
        return new Event(1, OffsetDateTime.now(), "counter-2", "clerk:other", type.wireName(), "x", "{}", "", "");
    }

    @Test
    void aCourseIsSavedWithTheChoicesItNeedsAndAnotherDesksSaveIsReadAgain() {
        try (CounterFixture f = new CounterFixture()) {
            var catalogue = f.services.catalogue();
            Seen<Course> view = new Seen<>();
            List<CourseCataloguePanel.Choices> choices = new ArrayList<>();
            EditPresenter<Course, CourseDesk.Draft> p = new EditPresenter<Course, CourseDesk.Draft>(view, catalogue.courses()::all,
                    catalogue.courses()::save, EnumSet.of(EventType.COURSE_SAVED), new DirectTasks(), ADMIN)
                    .alsoReading(() -> new CourseCataloguePanel.Choices(catalogue.terms().all(), catalogue.instructors().all().stream()
                            .map(InstructorDesk.Entry::name).toList()), choices::add);
            p.reload();
            int before = view.all.size();
            assertThat(choices).singleElement().satisfies(c -> {
                assertThat(c.terms()).extracting(t -> t.code()).contains("2027-1");
                assertThat(c.instructors()).contains("윤혜진");
            });
            CourseDesk.Draft yoga = new CourseDesk.Draft(Optional.empty(), "C-NEW-1", "저녁 요가", "Evening yoga", "HEALTH", "ADULT", "2027-1",
                    LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 8), 1, LocalTime.of(19, 0), 90, 10, 15, 20_000, "윤혜진", "", "", "", "",
                    false, false, Optional.empty(), Optional.empty());
            p.save(new CourseDesk.Draft(Optional.empty(), "C-NEW-1", "저녁 요가", "Evening yoga", "HEALTH", "ADULT", "2027-1",
                    LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 3), 1, LocalTime.of(19, 0), 90, 10, 15, 20_000, "윤혜진", "", "", "", "",
                    false, false, Optional.empty(), Optional.empty()));
            p.save(yoga);
            assertThat(view.said).containsExactly("invalid:endsOn", "saved");
            assertThat(view.all).hasSize(before + 1);
            assertThat(f.kiosk.courseCatalogue().byId(view.all.stream().filter(c -> c.code().equals("C-NEW-1")).findFirst().orElseThrow().id()))
                    .as("the kiosk's catalogue has it").isPresent();

            f.site.execute("UPDATE course SET title_ko = '다른 창구에서 바꿈' WHERE code = 'C-NEW-1'");
            p.eventsArrived(List.of(event(EventType.COURSE_SAVED)));
            assertThat(view.all).extracting(c -> c.title().ko()).contains("다른 창구에서 바꿈");
        }
    }

    @Test
    void aDocumentTypeLeavesTheKioskAndADeskCallsOnlyTheServicesSetForIt() {
        try (CounterFixture f = new CounterFixture()) {
            var catalogue = f.services.catalogue();
            Seen<DocumentType> types = new Seen<>();
            EditPresenter<DocumentType, DocumentTypeDesk.Draft> p = new EditPresenter<>(types, catalogue.documentTypes()::all,
                    catalogue.documentTypeEditor()::save, EnumSet.of(EventType.DOCUMENT_TYPE_SAVED), new DirectTasks(), ADMIN);
            p.reload();
            DocumentType copy = types.all.get(0);
            p.save(new DocumentTypeDesk.Draft(copy.code(), copy.name().ko(), copy.name().en(), 300, 400, false, true));
            assertThat(types.said).containsExactly("saved");
            assertThat(types.all.get(0).kioskFee()).isEqualTo(300);
            assertThat(types.all.get(0).kioskIssuable()).isFalse();

            List<String> desks = new ArrayList<>();
            QueueDesksView desksView = new QueueDesksView() {
                @Override
                public void showDesks(Map<Integer, List<Long>> set, List<QueueServiceDesk.Entry> services) {
                    desks.add("desks:" + set);
                }

                @Override
                public void showDeskSaved(int desk, boolean followsSiteFile) {
                    desks.add("saved:" + desk + (followsSiteFile ? " (site file)" : ""));
                }

                @Override
                public void showDeskInvalid(Map<String, Refusal> fields) {
                    desks.add("invalid:" + fields.keySet());
                }

                @Override
                public void showFailure() {
                    desks.add("failure");
                }
            };
            QueueDesksPresenter q = new QueueDesksPresenter(desksView, catalogue.queueServices(), new DirectTasks(), ADMIN);
            long civil = catalogue.queueServices().all().get(0).id().orElseThrow();
            q.setDesk(3, List.of(civil));
            q.setDesk(3, List.of());
            new QueueDesksPresenter(desksView, catalogue.queueServices(), new DirectTasks(), DemoSeeder.DEMO_SUPERVISOR_LOGIN)
                    .setDesk(4, List.of(civil));
            assertThat(desks).containsExactly("saved:3", "desks:{3=[" + civil + "]}", "saved:3 (site file)", "desks:{}", "invalid:[]");
        }
    }

    @Test
    void aPictureIsTakenShownAndRemovedAndAFileThatIsNotOneIsNamed(@TempDir Path dir) throws Exception {
        try (CounterFixture f = new CounterFixture()) {
            List<String> seen = new ArrayList<>();
            PictureView view = new PictureView() {
                @Override
                public void showPicture(String owner, Optional<byte[]> image) {
                    seen.add(owner + (image.isPresent() ? " shown" : " none"));
                }

                @Override
                public void showPictureRefused(Refusal refusal) {
                    seen.add("refused:" + refusal.messageKey());
                }

                @Override
                public void showFailure() {
                    seen.add("failure");
                }
            };
            String owner = "facility:" + f.site.facilities().all().get(0).id();
            PicturePresenter p = new PicturePresenter(view, f.services.catalogue().pictures(), new DirectTasks(), ADMIN);
            Path photo = dir.resolve("hall.png");
            ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
            p.show(owner);
            p.choose(owner, text);
            p.choose(owner, photo);
            p.show(owner);
            p.remove(owner);
            assertThat(seen).containsExactly(owner + " none", "refused:counter.picture.notImage", owner + " shown", owner + " shown",
                    owner + " none");
        }
    }
}
