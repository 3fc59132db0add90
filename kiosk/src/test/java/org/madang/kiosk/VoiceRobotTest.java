package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.booking.BookingNumber;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;
import org.madang.hardware.testing.Poll;
import org.madang.hardware.voice.Voice;
import org.madang.ui.speech.KoreanNumbers;

/**
 * A resident who cannot see the screen books a court by keypad with the voice guide on
 * (ACCESSIBILITY.md #8): every screen, every control the arrows reach, what is typed and every
 * refusal is said in the session's language, a PIN never; tones confirm presses and refusals (#9).
 */
class VoiceRobotTest extends KioskRobot {

    @Test
    @Timeout(180)
    void aBookingByKeypadIsSpokenAsTheScriptSays() {
        Slot free = freeTime(fixture, "tennis-1");
        // the keypad's keys reach the kiosk once its window has the focus
        Poll.until(() -> GuiActionRunner.execute(() -> window.target().isFocused()), "the kiosk window to have the focus");
        window.robot().pressAndReleaseKey(KeyEvent.VK_F3);
        Poll.until(() -> GuiActionRunner.execute(() -> app.voiceGuide().isOn()), "the voice to come on");
        press("idle.start");
        waitForScreen("home");
        // the arrows reach "My bookings", which says where it is; back up to "Book a facility"
        Poll.until(() -> fixture.voice.said().size() >= 3, "the home screen to be read");
        window.robot().pressAndReleaseKey(KeyEvent.VK_DOWN);
        Poll.until(() -> fixture.voice.said().size() >= 4, "the next button to be read");
        window.robot().pressAndReleaseKey(KeyEvent.VK_UP);
        Poll.until(() -> fixture.voice.said().size() >= 5, "the first button to be read again");
        press("home.booking");
        press("category.sports");
        press("facility.tennis-1");
        press("facility.days");
        press("day." + free.startsAt().toLocalDate());
        press("slot." + free.startsAt().toLocalTime());
        press("card.0");
        press("confirm.book");
        waitForScreen("booking.done");
        Poll.until(() -> fixture.voice.said().stream().anyMatch(s -> s.startsWith("예약되었습니다")), "the done screen to be read");

        long id = fixture.site.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM booking WHERE resident_id = 1 AND created_at = :now").bind("now", TestSite.NOW).mapTo(Long.class).one());
        String day = day(free.startsAt());
        String time = KoreanNumbers.time(free.startsAt().getHour(), free.startsAt().getMinute()) + "부터 "
                + KoreanNumbers.time(free.endsAt().getHour(), free.endsAt().getMinute()) + "까지";
        String homeFirst = "시설 예약. 체육시설, 대관 시설, 문화 체험, 캠핑장 버튼, 열두 개 중 첫 번째";
        assertThat(fixture.voice.said()).containsExactly(
                "음성 안내를 켰습니다. 화살표 키로 단추를 옮겨 다니고, 확인 키로 누릅니다. 소리 크기와 빠르기는 맨 위 줄 아래에 있습니다.",
                "알림 여덟 개 중 첫 번째. 디지털 배움터 키오스크 연습 교실. 매주 화요일 오후 두 시, 키오스크 사용법을 천천히 배워 보세요. "
                        + "마당 행정복지센터. 화면을 눌러 시작하세요. 시설 예약, 내 예약, 강좌 신청, 증명서 발급, 입장 확인, 번호표, "
                        + "복지 상담 신청, 알림 버튼, 여덟 개 중 첫 번째",
                "무엇을 도와드릴까요? 원하는 단추를 누르세요. 모든 화면 아래에 '처음으로', '이전', '직원 호출'이 있고, 위에는 글자를 더 "
                        + "또렷하게 보여 주는 '고대비 화면'이 있습니다. " + homeFirst,
                "내 예약. 확인, 다시 받기, 취소 버튼, 열두 개 중 두 번째",
                homeFirst,
                "어떤 시설을 예약할까요? 시설 종류를 고르세요. 체육시설 버튼, 다섯 개 중 첫 번째",
                "체육시설. 이용하실 시설을 고르세요. 테니스장 일 번 코트, 일 회 팔천 원 버튼, 세 개 중 첫 번째",
                "테니스장 일 번 코트. 예약 전에 알아 두실 내용입니다. 날짜 고르기를 누르면 빈 날짜가 보입니다. 소개 야외 하드코트, 야간 조명. "
                        + "위치 마당체육공원. 인원 한 번에 한 팀. 이용 시간 오전 여섯 시부터 오후 열 시까지, 백이십 분 단위 예약. "
                        + "이용료 일 회 팔천 원. 인기 시설 찾는 분이 많아 매달 먼저 추첨으로 정합니다. 추첨 뒤 남은 시간은 먼저 예약하는 분께 "
                        + "드립니다. 이용 규칙 운동화를 신고 오세요. 라켓과 공은 직접 가져오세요. 끝나면 정리해 주세요. 날짜 고르기 버튼",
                "테니스장 일 번 코트, 날짜 선택. 예약할 수 있는 날에는 남은 시간 수가, 아직 예약을 받지 않는 날에는 받기 시작하는 날이 "
                        + "적혀 있습니다. 추첨하는 날은 '추첨'이라고 적혀 있습니다. " + day + ", 세 개 남음 버튼, 일흔한 개 중 첫 번째",
                "테니스장 일 번 코트, " + day + ". 시간을 고르세요. 마감된 시간을 고르면 대기자로 신청할 수 있습니다. "
                        + time + ", 예약 가능 버튼, 여덟 개 중 첫 번째",
                "신분증을 넣어 주세요. 예약 내용을 확인하세요: 테니스장 일 번 코트, " + day + ", " + time + ". 화면 아래 카드 투입구에 "
                        + "신분증을 넣거나, 예약 영수증을 스캐너에 대 주세요. 자동으로 읽습니다. KIM YOUNGHEE 님의 카드 넣기 (천구백오십이 년생) "
                        + "버튼, 네 개 중 첫 번째",
                "예약 내용을 확인하세요. 모두 맞으면 예약하기를 누르세요. 이름 김 희. 시설 테니스장 일 번 코트. 날짜 " + day + ". 시간 "
                        + time + ". 인원 한 명. 요금 사천 원 (군민 오십 퍼센트 할인). 예약하기 버튼",
                "예약되었습니다. 예약 번호 B " + KoreanNumbers.digits(BookingNumber.of(id)) + ". 영수증을 꼭 챙겨 가세요. 오실 때 영수증의 "
                        + "QR 코드를 보여 주세요. 이용이 편하셨나요? 한 번만 누르시면 됩니다. 답하지 않으셔도 됩니다. 누가 답했는지는 남기지 않습니다. "
                        + "마치기 버튼");
        // every press the kiosk took sounded the short tone, nothing was refused
        assertThat(fixture.voice.tones()).isNotEmpty().containsOnly(Voice.Tone.ACCEPTED);
    }

    @Test
    @Timeout(180)
    void aPinIsEchoedAsACountNeverItsDigitsAndAWrongOneIsSoundedAndRead() {
        press("idle.start");
        waitForScreen("home");
        window.robot().pressAndReleaseKey(KeyEvent.VK_F3);
        Poll.until(() -> GuiActionRunner.execute(() -> app.voiceGuide().isOn()), "the voice to come on");
        click("home.documents");
        waitForScreen("documents.identify");
        click("card.0");
        waitForScreen("documents.pin");
        fixture.voice.forget();
        for (char c : "9876".toCharArray()) {
            click("pin.digit." + c);
        }
        click("pin.ok");
        Poll.until(() -> fixture.voice.tones().contains(Voice.Tone.REFUSED), "the refusal tone");
        Poll.until(() -> fixture.voice.said().stream().anyMatch(s -> s.startsWith("비밀번호가 맞지 않습니다")), "the refusal to be read");

        List<String> said = fixture.voice.said();
        assertThat(said).startsWith("한 자리 입력됨", "두 자리 입력됨", "세 자리 입력됨", "네 자리 입력됨");
        assertThat(said.get(4)).isEqualTo("비밀번호가 맞지 않습니다. 다시 눌러 주세요. 네 번 더 틀리면 잠깁니다.");
        // the screen comes back to be typed on again, without the refusal a second time
        assertThat(said.get(5)).startsWith("비밀번호를 눌러 주세요. 김 희 님, 창구에서 정한 네 자리에서 여섯 자리 비밀번호를 누르고");
        assertThat(String.join(" ", said)).doesNotContain("9876").doesNotContain("구 팔").doesNotContain("팔 칠").doesNotContain("칠 육");
        assertThat(fixture.voice.tones()).startsWith(Voice.Tone.ACCEPTED, Voice.Tone.ACCEPTED, Voice.Tone.ACCEPTED,
                Voice.Tone.ACCEPTED, Voice.Tone.ACCEPTED).endsWith(Voice.Tone.REFUSED);
    }

    @Test
    @Timeout(120)
    void volumeAndSpeedAreTheResidentsAndResetForTheNext() {
        press("idle.start");
        waitForScreen("home");
        click("nav.voice");
        Poll.until(() -> showing("voice.louder"), "the voice's controls");
        click("voice.louder");
        click("voice.louder");
        click("voice.slower");
        Poll.until(() -> fixture.voice.volume() == 140 && fixture.voice.rate() == 125, "louder and slower");
        assertThat(fixture.voice.said()).contains("소리 크기 백사십 퍼센트", "말 빠르기 팔십삼 퍼센트");
        assertThat(window.textBox("voice.caption").text()).startsWith("말하는 중:");

        GuiActionRunner.execute(app::reset);
        assertThat(GuiActionRunner.execute(() -> app.voiceGuide().isOn())).isFalse();
        assertThat(fixture.voice.volume()).isEqualTo(100);
        assertThat(fixture.voice.rate()).isEqualTo(150);
        assertThat(showing("voice.strip")).isFalse();
    }

    /** A day as it is read out: "이천이십육 년 십일월 이십이 일 일요일". */
    private static String day(LocalDateTime at) {
        return KoreanNumbers.sino(at.getYear()) + " 년 " + KoreanNumbers.month(at.getMonthValue()) + " "
                + KoreanNumbers.sino(at.getDayOfMonth()) + " 일 " + at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.KOREAN);
    }
}
