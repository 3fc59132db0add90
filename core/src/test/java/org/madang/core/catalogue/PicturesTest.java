package org.madang.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.testing.TestSite;

/** A facility's picture or an instructor's photo: only an image of a sensible size, kept re-encoded at a kiosk's size. */
class PicturesTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final Pictures pictures = new Pictures(site.database.jdbi(), site.events(), site.clock);
    private final String hall = "facility:" + site.facilities().all().stream().map(Facility::id).findFirst().orElseThrow();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        site.close();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String refusal(Edit<Pictures.Picture> outcome) {
        assertThat(outcome).isInstanceOf(Edit.Invalid.class);
        Refusal r = ((Edit.Invalid<Pictures.Picture>) outcome).fields().get("picture");
        return r == null ? "" : r.messageKey();
    }

    @Test
    void aPhotoIsKeptAtAKiosksSizeWithoutWhatElseTheFileCarried() throws IOException {
        byte[] big = withTextChunk(png(3200, 2000), "GPS 37.5665 126.9780");
        Edit<Pictures.Picture> outcome = pictures.save(hall, big, "root");
        assertThat(outcome).isInstanceOf(Edit.Saved.class);
        Pictures.Picture kept = pictures.of(hall).orElseThrow();
        assertThat(kept.mime()).isEqualTo("image/jpeg");
        assertThat(kept.width()).isEqualTo(Pictures.MAX_SIDE);
        assertThat(kept.height()).isEqualTo(1000);
        assertThat(new String(kept.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS 37.5665");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertThat(read.getWidth()).isEqualTo(Pictures.MAX_SIDE);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PictureSaved' AND subject = '" + hall + "'")).isEqualTo(1);
        assertThat(pictures.remove(hall, "root")).isTrue();
        assertThat(pictures.of(hall)).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'PictureRemoved'")).isEqualTo(1);
    }

    @Test
    void whatIsNotAnImageOrTooLargeIsRefusedPlainlyAndNothingIsKept() throws IOException {
        long before = site.events().latestId();
        assertThat(refusal(pictures.save(hall, "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII), "root")))
                .isEqualTo("counter.picture.notImage");
        byte[] whole = png(400, 300);
        assertThat(refusal(pictures.save(hall, java.util.Arrays.copyOf(whole, whole.length / 2), "root"))).isEqualTo("counter.picture.notImage");
        assertThat(refusal(pictures.save(hall, png(60, 60), "root"))).isEqualTo("counter.picture.tooSmall");
        // a small file whose header promises 30,000 × 30,000 pixels is refused before it is unpacked
        assertThat(refusal(pictures.save(hall, withSize(png(200, 200), 30_000, 30_000), "root"))).isEqualTo("counter.picture.tooManyPixels");
        Path huge = dir.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(40L * 1024 * 1024);
        }
        assertThat(refusal(pictures.save(hall, huge, "root"))).isEqualTo("counter.picture.tooLarge");
        Path fine = Files.write(dir.resolve("fine.png"), png(400, 300));
        assertThat(refusal(pictures.save("facility:999999", fine, "root"))).isEqualTo("counter.course.gone");
        assertThat(pictures.save(hall, fine, "desk")).isInstanceOfSatisfying(Edit.Invalid.class,
                i -> assertThat(i.fields()).containsOnlyKeys(""));
        assertThat(pictures.of(hall)).isEmpty();
        assertThat(site.events().latestId()).isEqualTo(before);
    }

    /** The PNG with a text chunk (where a camera or an editor leaves its notes) before its image data. */
    private static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        return insertChunk(png, 33, "tEXt", data);
    }

    /** The PNG with its header's width and height changed (and the header's checksum mended). */
    private static byte[] withSize(byte[] png, int width, int height) {
        byte[] out = png.clone();
        java.nio.ByteBuffer.wrap(out, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        java.nio.ByteBuffer.wrap(out, 29, 4).putInt((int) crc.getValue());
        return out;
    }

    private static byte[] insertChunk(byte[] png, int at, String type, byte[] data) {
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, at);
        System.arraycopy(chunk.array(), 0, out, at, chunk.capacity());
        System.arraycopy(png, at, out, at + chunk.capacity(), png.length - at);
        return out;
    }
}
