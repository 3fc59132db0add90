package org.madang.hardware.transport;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A device file such as {@code /dev/usb/lp0}: bytes go in, nothing comes back, so a printer on
 * one cannot report paper or cover status; writes still time out when the device stops taking them.
 */
public final class FileTransport extends PumpedTransport {
    private final Path path;
    private FileOutputStream out;

    public FileTransport(Path path) {
        super(false, "madang-file-" + path.getFileName());
        this.path = path;
    }

    @Override
    protected void connect() throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + " not found (printer off or unplugged?)");
        }
        try {
            out = new FileOutputStream(path.toFile(), true);
        } catch (IOException e) {
            throw new IOException(path + " cannot be opened for writing: " + e.getMessage(), e);
        }
    }

    @Override
    protected int readSome(byte[] buffer) {
        return 0;
    }

    @Override
    protected void writeAll(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        out.flush();
    }

    @Override
    protected void disconnect() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        out = null;
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public String describe() {
        return path.toString();
    }
}
