package org.cultivar.web.registry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives a batch list into a temporary file rather than memory (lists run to hundreds of
 * megabytes), stopping at {@code limit} bytes because a hand-made request ignores the
 * browser's size check. The file is handed on in the upload's own request thread, outside the
 * session lock, so checking a large list does not freeze the user's other tabs; the receiver
 * owns the file and deletes it.
 */
final class ImportFileHandler implements UploadHandler {
    private static final long serialVersionUID = 1L;

    /** Takes the received file; runs in the upload's request thread, not holding the session lock. */
    @FunctionalInterface
    interface Receiver extends Serializable {
        void receive(UI ui, String fileName, Path file);
    }

    private final long limit;
    private final Receiver received;

    ImportFileHandler(long limit, Receiver received) {
        this.limit = limit;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("cultivar-import-", ".upload");
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            if (copyAtMost(in, out) > limit) {
                throw new IOException("Upload larger than " + limit + " bytes refused");
            }
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        received.receive(event.getUI(), event.getFileName(), file);
    }

    private long copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while (copied <= limit && (read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    @Override
    public long getRequestSizeMax() {
        return limit;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }
}
