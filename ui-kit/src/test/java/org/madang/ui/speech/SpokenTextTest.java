package org.madang.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers, money, dates and times read the way people say them; registration numbers never read. */
class SpokenTextTest {
    private final SpokenText ko = SpokenText.forLanguage("ko");
    private final SpokenText en = SpokenText.forLanguage("en");
    private final SpokenText zh = SpokenText.forLanguage("zh");
    private final SpokenText vi = SpokenText.forLanguage("vi");

    @Test
    void koreanNumbersAreSinoKoreanInGroupsOfTenThousand() {
        assertThat(KoreanNumbers.sino(0)).isEqualTo("영");
        assertThat(KoreanNumbers.sino(10)).isEqualTo("십");
        assertThat(KoreanNumbers.sino(11)).isEqualTo("십일");
        assertThat(KoreanNumbers.sino(105)).isEqualTo("백오");
        assertThat(KoreanNumbers.sino(10_000)).isEqualTo("만");
        assertThat(KoreanNumbers.sino(15_000)).isEqualTo("만 오천");
        assertThat(KoreanNumbers.sino(1_000_000)).isEqualTo("백만");
        assertThat(KoreanNumbers.sino(12_345_678)).isEqualTo("천이백삼십사만 오천육백칠십팔");
        assertThat(KoreanNumbers.sino(100_000_000)).isEqualTo("일억");
        assertThat(KoreanNumbers.sino(2026)).isEqualTo("이천이십육");
    }

    @Test
    void koreanCountsAndHoursAreNative() {
        assertThat(KoreanNumbers.nativeCount(1)).isEqualTo("한");
        assertThat(KoreanNumbers.nativeCount(2)).isEqualTo("두");
        assertThat(KoreanNumbers.nativeCount(20)).isEqualTo("스무");
        assertThat(KoreanNumbers.nativeCount(21)).isEqualTo("스물한");
        assertThat(KoreanNumbers.nativeCount(100)).isEqualTo("백");
        assertThat(KoreanNumbers.month(6)).isEqualTo("유월");
        assertThat(KoreanNumbers.month(10)).isEqualTo("시월");
        assertThat(KoreanNumbers.month(12)).isEqualTo("십이월");
    }

    @Test
    void koreanMoneyTimesAndDatesReadNaturally() {
        assertThat(ko.speakable("1,000,000원")).isEqualTo("백만 원");
        // "오후 2시 30분" in digits is read "이 시" by espeak-ng: the hour is spelled in native words
        assertThat(ko.speakable("14:30")).isEqualTo("오후 두 시 삼십 분");
        assertThat(ko.speakable("09:00")).isEqualTo("오전 아홉 시");
        assertThat(ko.speakable("12:00")).isEqualTo("낮 열두 시");
        assertThat(ko.speakable("10:00 – 12:00")).isEqualTo("오전 열 시부터 낮 열두 시까지");
        assertThat(ko.speakable("2026년 3월 12일 (목)")).isEqualTo("이천이십육 년 삼월 십이 일 목요일");
        assertThat(ko.speakable("6월 10일")).isEqualTo("유월 십 일");
        assertThat(ko.speakable("3월 12일, 예약 가능 3회, 선택됨")).isEqualTo("삼월 십이 일, 예약 가능 삼 회, 선택됨");
        assertThat(ko.speakable("₩15,000 · 2명")).isEqualTo("만 오천 원, 두 명");
        assertThat(ko.speakable("대기 12명 · 약 35분")).isEqualTo("대기 열두 명, 약 삼십오 분");
        assertThat(ko.speakable("알림 1 / 8")).isEqualTo("알림 여덟 개 중 첫 번째");
        assertThat(ko.speakable("6개 중 2번째")).isEqualTo("여섯 개 중 두 번째");
        assertThat(ko.speakable("한 번에 1팀")).isEqualTo("한 번에 한 팀");
        assertThat(ko.speakable("4번 더 틀리면 잠깁니다. 1번 코트")).isEqualTo("네 번 더 틀리면 잠깁니다. 일 번 코트");
        assertThat(ko.speakable("4~6자리 비밀번호")).isEqualTo("네 자리에서 여섯 자리 비밀번호");
        assertThat(ko.speakable("소리 크기 140퍼센트")).isEqualTo("소리 크기 백사십 퍼센트");
    }

    @Test
    void numbersThatAreNamesAreReadDigitByDigit() {
        assertThat(ko.speakable("예약 번호 20261212-0042")).isEqualTo("예약 번호 이 공 이 육 일 이 일 이 공 공 사 이");
        assertThat(ko.speakable("예약 번호 B0002242-6.")).isEqualTo("예약 번호 B 공 공 공 이 이 사 이 육.");
        assertThat(en.speakable("Document no. 1234567890123456")).isEqualTo("Document no. 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6");
        assertThat(zh.speakable("预约号码 20261212")).isEqualTo("预约号码 二零二六一二一二");
    }

    @Test
    void registrationNumbersAreNamedNeverReadAndMasksAreSilent() {
        for (SpokenText s : new SpokenText[] {ko, en, zh, vi}) {
            String said = s.speakable("520505-1234567 / 520505-1●●●●●● 010-****-5678");
            assertThat(said).doesNotContain("520505").doesNotContain("1234567").doesNotContain("●").doesNotContain("*");
        }
        assertThat(ko.speakable("주민등록번호 520505-1234567")).isEqualTo("주민등록번호 주민등록번호");
        assertThat(ko.speakable("010-****-5678로 전화드립니다")).isEqualTo("공 일 공, 오 육 칠 팔로 전화드립니다");
        assertThat(ko.speakable("김*희 님")).isEqualTo("김 희 님");
    }

    @Test
    void englishTimesMoneyAndAbbreviations() {
        assertThat(en.speakable("Sat 12 Dec, 14:30")).isEqualTo("Saturday 12 December, 2:30 PM");
        assertThat(en.speakable("09:00 – 12:00")).isEqualTo("9 AM to 12 noon");
        assertThat(en.speakable("₩1,000,000")).isEqualTo("1,000,000 won");
    }

    @Test
    void chineseNumbersAreCharacters() {
        assertThat(ChineseNumbers.of(10)).isEqualTo("十");
        assertThat(ChineseNumbers.of(15)).isEqualTo("十五");
        assertThat(ChineseNumbers.of(105)).isEqualTo("一百零五");
        assertThat(ChineseNumbers.of(1_005)).isEqualTo("一千零五");
        assertThat(ChineseNumbers.of(15_000)).isEqualTo("一万五千");
        assertThat(ChineseNumbers.of(10_500)).isEqualTo("一万零五百");
        assertThat(ChineseNumbers.of(1_000_000)).isEqualTo("一百万");
        assertThat(ChineseNumbers.of(100_000_001)).isEqualTo("一亿零一");
        assertThat(zh.speakable("15,000韩元，2人")).isEqualTo("一万五千韩元，两人");
        assertThat(zh.speakable("2026年12月12日 周六 14:30")).isEqualTo("二零二六年十二月十二日 周六 下午两点三十分");
    }

    @Test
    void vietnameseDatesTimesAndWeekdays() {
        assertThat(vi.speakable("Th 7, 12/12/2026")).isEqualTo("thứ bảy, ngày 12 tháng 12 năm 2026");
        assertThat(vi.speakable("14:30 – 16:00")).isEqualTo("14 giờ 30 đến 16 giờ");
        assertThat(vi.speakable("15.000 won")).isEqualTo("15.000 won");
    }
}
