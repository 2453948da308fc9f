package org.chaord.atlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * At most {@code limit} bytes of a stream, each added to a SHA-256 digest as it is read, and how many are left: the
 * map cache parses its payload as it streams in (1:10m's 8.7 MB never sit in one array) and refuses any length field
 * that claims more bytes than are left, so a damaged cache cannot make it allocate more than the file holds.
 */
final class DigestedInput extends InputStream {

    private final InputStream source;
    private final MessageDigest digest;
    private long remaining;

    DigestedInput(InputStream source, long limit) {
        this.source = source;
        this.remaining = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    long remaining() {
        return remaining;
    }

    /** The digest of every byte read so far (call once, at the end). */
    byte[] digest() {
        return digest.digest();
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = source.read();
        if (b >= 0) {
            remaining--;
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = source.read(buffer, offset, (int) Math.min(length, remaining));
        if (n > 0) {
            remaining -= n;
            digest.update(buffer, offset, n);
        }
        return n;
    }
}
