package org.madang.counter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterFixture;
import org.madang.counter.CounterWindow;
import org.madang.hardware.testing.Poll;

/**
 * The catalogue's new tabs in a real window, clicked and typed as an administrator does: a
 * course refused for its dates then saved and on the kiosk, an instructor's photo chosen from a
 * file, a desk set to call one service.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CatalogueRobotTest {
    private CounterWindow counter;
    private CounterFixture fixture;
    private FrameFixture window;

    @TempDir
    Path dir;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        counter = CounterWindow.open().signIn(DemoSeeder.DEMO_ADMIN_LOGIN, DemoSeeder.DEMO_CLERK_PASSWORD);
        fixture = counter.fixture;
        window = counter.window;
        Poll.until(() -> showing("screen.settings"), "Settings");
    }

    @AfterEach
    void close() {
        counter.close();
    }

    private boolean showing(String name) {
        return counter.showing(name);
    }

    private String answer(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).text());
    }

    @Test
    void aCourseWithItsEndBeforeItsStartIsNamedThenSavedAndEnrollingOnTheKiosk() {
        window.tabbedPane("settings.tabs").selectTab("강좌");
        Poll.until(() -> GuiActionRunner.execute(() -> window.comboBox("course.term").target().getItemCount()) > 0, "the terms offered");
        window.button("course.new").click();
        window.textBox("course.code").enterText("C-ROBOT-1");
        window.textBox("course.titleKo").enterText("스마트폰 사진 교실");
        window.textBox("course.titleEn").enterText("Phone photography");
        window.comboBox("course.term").selectItem("2027-1");
        window.textBox("course.startsOn").enterText("2027-01-04");
        window.textBox("course.endsOn").enterText("2027-01-03");
        window.button("course.save").click();
        Poll.until(() -> answer("course.answer").contains("끝나는 날이 시작일보다 앞입니다"), "the end named");
        window.textBox("course.endsOn").deleteText().enterText("2027-03-08");
        window.button("course.save").click();
        Poll.until(() -> !answer("course.answer").contains("끝나는 날이"), "answered");
        assertThat(answer("course.answer")).startsWith("저장했습니다");
        long id = fixture.site.count("SELECT id FROM course WHERE code = 'C-ROBOT-1'");
        assertThat(fixture.kiosk.courseCatalogue().byId(id)).hasValueSatisfying(l -> {
            assertThat(l.course().title().ko()).isEqualTo("스마트폰 사진 교실");
            assertThat(l.course().status()).isEqualTo("RECRUITING");
        });
        assertThat(fixture.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseSaved' AND actor = 'clerk:admin'")).isEqualTo(1);
    }

    @Test
    void anInstructorsPhotoIsChosenFromAFileAndADeskIsSetToCallOneService() throws Exception {
        window.tabbedPane("settings.tabs").selectTab("강사");
        Poll.until(() -> GuiActionRunner.execute(() -> window.list("instructor.list").target().getModel().getSize()) > 0, "the instructors");
        window.list("instructor.list").selectItem(0);
        long id = GuiActionRunner.execute(() -> ((org.madang.core.course.InstructorDesk.Entry) window.list("instructor.list").target()
                .getModel().getElementAt(0)).id());
        Path photo = dir.resolve("teacher.png");
        ImageIO.write(new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        window.button("instructor.picture.choose").click();
        window.fileChooser().selectFile(photo.toFile()).approve();
        Poll.until(() -> fixture.services.catalogue().pictures().of("instructor:" + id).isPresent(), "the photo kept");
        Poll.until(() -> GuiActionRunner.execute(() -> window.button("instructor.picture.remove").target().isEnabled()), "removable");

        window.tabbedPane("settings.tabs").selectTab("번호표");
        var services = fixture.services.catalogue().queueServices().all();
        Poll.until(() -> showing("queueDesk.service." + services.get(1).code()), "the services to choose");
        window.spinner("queueDesk.number").enterTextAndCommit("2");
        window.checkBox("queueDesk.service." + services.get(1).code()).check();
        window.button("queueDesk.save").click();
        Poll.until(() -> fixture.services.catalogue().queueServices().desk(2).equals(java.util.List.of(services.get(1).id().orElseThrow())),
                "desk 2 set");
        Poll.until(() -> answer("queueDesk.answer").contains("2번 창구"), "said");
    }
}
