package org.clinic.content.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Decodes an upload to pixels and encodes those pixels anew: whatever else the file carried (EXIF with the camera
 * and GPS position, comments, text chunks, embedded thumbnails, trailing bytes) is not pixels and so is gone, and a
 * file that only pretends to be an image fails to decode. Output is JPEG for opaque images (photos: a fraction of
 * PNG's size) and PNG where any pixel is see-through (JPEG has no transparency; a logo on a transparent background
 * would get a black box).
 */
@Component
class ImageEncoder {

    /** The long side of the kept original: sharp on a 2x screen at the article column's width, not a camera's 6000. */
    static final int FULL_LONG_SIDE = 2400;
    /** The width of the variant articles show: the reading column is well under 800 CSS pixels. */
    static final int WEB_WIDTH = 1200;
    /**
     * A 5 MB PNG of one colour can claim 30000 x 30000 pixels, 3.6 GB once decoded: the size is read from the header
     * and refused before any pixel is. 50 million is a 8200 x 6100 photo, beyond any phone's.
     */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    ImageEncoder() {
        // Plugins on the application's class path (WebP) are found only by a scan; and no temporary files per image.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    record Encoded(String mediaType, String extension, int width, int height, byte[] bytes) {
    }

    record Variants(Encoded full, Encoded web) {
    }

    Variants reencode(byte[] upload, ImageType type) {
        BufferedImage full = fit(decode(upload, type), FULL_LONG_SIDE, FULL_LONG_SIDE);
        boolean transparent = hasTransparentPixels(full);
        full = copy(full, full.getWidth(), full.getHeight(), transparent);
        BufferedImage web = fit(full, WEB_WIDTH, Integer.MAX_VALUE);
        return new Variants(encode(full, transparent), encode(web, transparent));
    }

    private static BufferedImage decode(byte[] upload, ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw ImageRefused.unreadable("The image has more than " + MAX_PIXELS / 1_000_000
                        + " million pixels; please make it smaller first.");
            }
            // A photo over twice the kept size is read at a fraction of it (every 2nd or 3rd pixel), so at most
            // 4800 px on its long side reach memory (90 MB, not the 200 MB of a 50-million-pixel image), and the
            // smooth scaling afterwards still starts from at least the kept size.
            int longSide = Math.max(width, height);
            int step = Math.max(1, (longSide + 2 * FULL_LONG_SIDE - 1) / (2 * FULL_LONG_SIDE));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (ImageRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders report broken data with whatever they have at hand (IIOException, IndexOutOfBounds, ...).
            throw ImageRefused.unreadable("The image could not be read; the file may be damaged or incomplete.");
        } finally {
            reader.dispose();
        }
    }

    /** Scaled down (never up) to at most maxWidth wide and maxLongSide on its long side. */
    private static BufferedImage fit(BufferedImage image, int maxWidth, int maxLongSide) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1, Math.min(maxWidth / (double) width, maxLongSide / (double) Math.max(width, height)));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage current = image;
        // Halving in steps: a single bilinear step from far above the target would skip most pixels and shimmer.
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = copy(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return current.getWidth() == targetWidth && current.getHeight() == targetHeight
                ? current : copy(current, targetWidth, targetHeight, alpha);
    }

    /** A copy in plain 8-bit RGB(A), whatever the source's colour model (indexed, grey, 16-bit, CMYK-free JPEG). */
    private static BufferedImage copy(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                // A source with an alpha channel but no see-through pixel; white is what it was seen on anyway.
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** An alpha channel alone says little: screenshots and exports often carry one that is opaque everywhere. */
    private static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Encoded encode(BufferedImage image, boolean transparent) {
        var out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(transparent ? "png" : "jpeg").next();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!transparent) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata given: the writers add only what their format requires (JFIF header, PNG's IHDR).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return transparent
                ? new Encoded("image/png", "png", image.getWidth(), image.getHeight(), out.toByteArray())
                : new Encoded("image/jpeg", "jpg", image.getWidth(), image.getHeight(), out.toByteArray());
    }
}
