package org.madang.core.catalogue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The pictures of facilities and the photos of instructors the kiosk shows. A file is taken
 * only if it is a PNG, JPEG, GIF or BMP image of a sensible size: a larger file than
 * {@link #MAX_FILE_BYTES} is refused before it is read, an image's pixel count before it is
 * decoded (a small file can unpack to gigabytes). What is kept is re-encoded at most
 * {@link #MAX_SIDE} pixels a side, so nothing of the original file (a camera's GPS position, a
 * script in a comment) reaches a kiosk.
 */
public final class Pictures {
    /** The largest file taken (a phone's photo is 3–8 MB). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The most pixels an image may unpack to. */
    public static final long MAX_PIXELS = 60_000_000L;
    /** The longest side kept. */
    public static final int MAX_SIDE = 1600;
    /** The shortest side taken: a smaller picture would be a blur on a kiosk. */
    public static final int MIN_SIDE = 120;

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public Pictures(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** A picture as kept: owner {@code facility:ID} or {@code instructor:ID}. */
    public record Picture(String owner, String mime, int width, int height, byte[] bytes, String sha256) {
    }

    /** The picture kept for an owner, if any. */
    public Optional<Picture> of(String owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT owner, mime, width, height, bytes, sha256 FROM picture WHERE owner = :o").bind("o", owner)
                .map((rs, ctx) -> new Picture(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBytes(5), rs.getString(6)))
                .findOne());
    }

    /** Takes a picture from a file: its size is checked before a byte is read. */
    public Edit<Picture> save(String owner, Path file, String admin) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return Edit.invalid("picture", Refusal.of("counter.picture.unreadable", file.getFileName().toString()));
        }
        if (size > MAX_FILE_BYTES) {
            return Edit.invalid("picture", Refusal.of("counter.picture.tooLarge", megabytes(size), megabytes(MAX_FILE_BYTES)));
        }
        try {
            return save(owner, Files.readAllBytes(file), admin);
        } catch (IOException e) {
            return Edit.invalid("picture", Refusal.of("counter.picture.unreadable", file.getFileName().toString()));
        }
    }

    /** Takes a picture from the bytes of a file. */
    public Edit<Picture> save(String owner, byte[] file, String admin) {
        if (file.length > MAX_FILE_BYTES) {
            return Edit.invalid("picture", Refusal.of("counter.picture.tooLarge", megabytes(file.length), megabytes(MAX_FILE_BYTES)));
        }
        Decoded decoded;
        try {
            decoded = decode(file);
        } catch (Refused refused) {
            return Edit.invalid("picture", refused.refusal);
        }
        Picture picture = encode(owner, decoded.image());
        return Edit.inTransaction(jdbi, h -> {
            StaffRights.require(h, admin, Permission.CATALOGUE);
            if (!ownerExists(h, owner)) {
                return Edit.invalid("picture", Refusal.of("counter.course.gone"));
            }
            h.createUpdate("DELETE FROM picture WHERE owner = :o").bind("o", owner).execute();
            h.createUpdate("INSERT INTO picture (owner, mime, width, height, bytes, sha256, saved_at, saved_by) "
                            + "VALUES (:o, :m, :w, :h, :b, :s, :now, :by)")
                    .bind("o", owner).bind("m", picture.mime()).bind("w", picture.width()).bind("h", picture.height())
                    .bind("b", picture.bytes()).bind("s", picture.sha256()).bind("now", LocalDateTime.now(clock)).bind("by", admin).execute();
            events.append(h, new EventDraft(EventType.PICTURE_SAVED, owner, "clerk:" + admin,
                    Map.of("mime", picture.mime(), "width", picture.width(), "height", picture.height(), "sha256", picture.sha256(),
                            "fromBytes", file.length, "from", decoded.format())));
            return new Edit.Saved<>(picture);
        });
    }

    /** Takes an owner's picture away; false when there was none. */
    public boolean remove(String owner, String admin) {
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, admin, Permission.CATALOGUE);
            if (h.createUpdate("DELETE FROM picture WHERE owner = :o").bind("o", owner).execute() == 0) {
                return false;
            }
            events.append(h, new EventDraft(EventType.PICTURE_REMOVED, owner, "clerk:" + admin, Map.of()));
            return true;
        });
    }

    private static boolean ownerExists(Handle h, String owner) {
        String[] kindId = owner.split(":", 2);
        if (kindId.length != 2 || !kindId[1].matches("\\d{1,18}")) {
            return false;
        }
        String table = switch (kindId[0]) {
            case "facility" -> "facility";
            case "instructor" -> "instructor";
            default -> null;
        };
        return table != null && h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id").bind("id", Long.parseLong(kindId[1]))
                .mapTo(Integer.class).one() > 0;
    }

    private record Decoded(BufferedImage image, String format) {
    }

    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.messageKey(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Reads an image: its kind and size from its header, then its pixels only when both will do. */
    private static Decoded decode(byte[] file) throws Refused {
        try (InputStream in = new ByteArrayInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new Refused(Refusal.of("counter.picture.notImage"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!java.util.List.of("png", "jpeg", "jpg", "gif", "bmp").contains(format)) {
                    throw new Refused(Refusal.of("counter.picture.notImage"));
                }
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new Refused(Refusal.of("counter.picture.tooManyPixels", width, height));
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new Refused(Refusal.of("counter.picture.tooSmall", width, height, MIN_SIDE));
                }
                return new Decoded(reader.read(0), format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            // a truncated or damaged file: its header promised an image its bytes do not hold
            throw new Refused(Refusal.of("counter.picture.notImage"));
        }
    }

    /** At most {@link #MAX_SIDE} a side; JPEG for a photo, PNG where it has see-through parts. */
    private static Picture encode(String owner, BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage kept = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = kept.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (alpha) {
                ImageIO.write(kept, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                    writer.write(null, new IIOImage(kept, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return new Picture(owner, alpha ? "image/png" : "image/jpeg", w, h, bytes, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
