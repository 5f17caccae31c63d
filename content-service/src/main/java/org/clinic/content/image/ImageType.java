package org.clinic.content.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of image editors may upload, told apart by their first bytes (the formats' signatures), never by the
 * file's name or the Content-Type the browser sent: both are whatever the sender chose, a script named
 * {@code photo.jpg} included.
 */
enum ImageType {

    PNG("png"),
    JPEG("jpeg"),
    WEBP("webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_FORM = "WEBP".getBytes(StandardCharsets.US_ASCII);

    /** The name ImageIO knows the format's reader by. */
    final String readerName;

    ImageType(String readerName) {
        this.readerName = readerName;
    }

    static Optional<ImageType> of(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        // A RIFF container (4 bytes of length between) whose form type is WEBP.
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] signature) {
        return bytes.length >= at + signature.length
                && Arrays.equals(bytes, at, at + signature.length, signature, 0, signature.length);
    }
}
