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
    @org.junit.jupiter.api.Timeout(60)
    void theCallChimeRingsBeforeTheWordsThatFollowIt(@TempDir Path dir) throws Exception {
        try (EspeakVoice voice = new EspeakVoice("voice", "espeak:?wav=" + dir, "espeak-ng", "ko", 150, 100, dir)) {
            voice.open();
            voice.chime();
            voice.say("A 7번 고객님, 2번 창구로 오세요.", "ko");
            Poll.until(() -> voice.spokenCount() == 1, "the call");
            Path chime = dir.resolve("chime-0001.wav");
            assertThat(chime).exists();
            // the chime was written first, then the words
            assertThat(Files.getLastModifiedTime(chime)).isLessThanOrEqualTo(Files.getLastModifiedTime(dir.resolve("utterance-0001.wav")));
            try (javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(chime.toFile())) {
                assertThat(in.getFormat().getSampleRate()).isEqualTo(Tones.RATE);
                double seconds = in.getFrameLength() / in.getFormat().getFrameRate();
                assertThat(seconds).isBetween(1.2, 1.6);
            }
        }
    }

    @Test
    void theChimeIsTwoFadingNotesNoLouderThanAskedAndSilentAtZero() {
        byte[] loud = Tones.callChime(100);
        byte[] quiet = Tones.callChime(50);
        assertThat(peak(loud)).isGreaterThan(peak(quiet)).isLessThan(Short.MAX_VALUE / 2);
        assertThat(peak(Tones.callChime(0))).isZero();
        int half = loud.length / 2;
        // each note fades: its end is far quieter than its start
        assertThat(peak(java.util.Arrays.copyOfRange(loud, half - 2000, half))).isLessThan(peak(java.util.Arrays.copyOfRange(loud, 0, 4000)));
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return peak;
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
