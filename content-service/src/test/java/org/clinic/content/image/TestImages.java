package org.clinic.content.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made in code for the upload tests, with metadata planted where cameras and editors' tools put it. The WebP
 * files in src/test/resources/images were made for these tests with cwebp from 48 x 32 gradients: photo.webp lossy
 * and opaque, logo.webp lossless with its left half transparent.
 */
final class TestImages {

    static final String SECRET = "GPS 48.8584N 2.2945E owner: Jane Patient";

    private TestImages() {
    }

    static BufferedImage picture(int width, int height, boolean transparentLeftHalf) {
        var image = new BufferedImage(width, height,
                transparentLeftHalf ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(transparentLeftHalf ? width / 2 : 0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    /** A PNG with a tEXt chunk (what editing tools write comments and authors into) right after its header. */
    static byte[] pngWithText(BufferedImage image, String text) {
        byte[] png = png(image);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return splice(png, afterHeader, chunk.array());
    }

    /** A JPEG with an EXIF-style APP1 segment and a comment (COM) segment, both carrying the text, after SOI. */
    static byte[] jpegWithExifAndComment(BufferedImage image, String text) {
        byte[] jpeg = jpeg(image);
        byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                ("MM\0*\0\0\0\b\0\0" + text).getBytes(StandardCharsets.ISO_8859_1)));
        byte[] comment = segment(0xFE, text.getBytes(StandardCharsets.ISO_8859_1));
        return splice(jpeg, 2, concat(exif, comment));
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (data.length + 2)).put(data).array();
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(java.util.Arrays.copyOf(bytes, at), inserted),
                java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
