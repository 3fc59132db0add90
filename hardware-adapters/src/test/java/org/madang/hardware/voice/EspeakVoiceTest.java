package org.madang.hardware.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.hardware.testing.Poll;

/** espeak-ng for real, writing WAV files instead of playing (there is no sound card under test). */
class EspeakVoiceTest {

    private static long wavs(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".wav")).count();
        }
    }

    @Test
    void speaksKoreanAndEnglishInTurnAndRepeatsTheLast(@TempDir Path dir) throws Exception {
        assertThat(EspeakVoice.unavailable("espeak-ng")).as("espeak-ng must be installed (./madang test installs it)").isEmpty();
        try (EspeakVoice voice = new EspeakVoice("voice", "espeak:?wav=" + dir, "espeak-ng", "ko", 150, 100, dir)) {
            voice.open();
            voice.say("예약할 시설을 고르세요.", "ko");
            voice.say("Please choose a facility.", "en");
            Poll.until(() -> voice.spokenCount() == 2, "two utterances");
            voice.repeatLast();
            Poll.until(() -> voice.spokenCount() == 3, "the repeat");
            assertThat(wavs(dir)).isEqualTo(3);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).allSatisfy(f -> {
                    byte[] head = Files.readAllBytes(f);
                    assertThat(new String(head, 0, 4)).isEqualTo("RIFF");
                    assertThat(head.length).isGreaterThan(10_000);
                });
            }
            assertThat(voice.health().healthy()).isTrue();
        }
    }

    @Test
    void interruptStopsTheCurrentUtteranceAndDropsTheQueue(@TempDir Path dir) throws Exception {
        try (EspeakVoice voice = new EspeakVoice("voice", "espeak:", "espeak-ng", "ko", 150, 100, dir)) {
            voice.open();
            voice.say("마당 행정복지센터에 오신 것을 환영합니다. ".repeat(3000), "ko");
            voice.say("queued one", "en");
            voice.say("queued two", "en");
            Poll.until(voice::busy, "speech to start");
            voice.interrupt();
            Poll.until(() -> !voice.busy(), "speech to stop");
            assertThat(voice.spokenCount()).isZero();
            voice.say("after", "en");
            Poll.until(() -> voice.spokenCount() == 1, "the next utterance");
        }
    }

    @Test
    void aMissingProgramIsNamed() {
        assertThat(EspeakVoice.unavailable("espeak-ng-not-here")).hasValue("espeak-ng-not-here is not installed (apt-get install espeak-ng)");
    }
}
