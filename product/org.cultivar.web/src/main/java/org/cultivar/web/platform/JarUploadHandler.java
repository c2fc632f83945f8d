package org.cultivar.web.platform;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one uploaded jar into memory, at most {@code limit} bytes. Unlike
 * {@code UploadHandler.inMemory}, it stops reading at the limit: the browser's own size check
 * does not bind a hand-made request, and the whole body would otherwise be buffered first.
 */
final class JarUploadHandler implements UploadHandler {
    private static final long serialVersionUID = 1L;

    private final int limit;
    private final SerializableBiConsumer<String, byte[]> received;

    /** {@code received} runs in the UI's session lock with the file name as sent and the content. */
    JarUploadHandler(int limit, SerializableBiConsumer<String, byte[]> received) {
        this.limit = limit;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(limit + 1);
        }
        if (content.length > limit) {
            // the upload fails in the browser; the service would refuse it anyway
            throw new IOException("Upload larger than " + limit + " bytes refused");
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> received.accept(fileName, content));
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }
}
