package org.fourislands.ui.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.fourislands.core.data.ClassPathResources;
import org.fourislands.render.BundledFonts;
import org.fourislands.render.Graphics2DSurface;
import org.fourislands.render.Palette;
import org.fourislands.ui.canvas.FxSurface;
import org.fourislands.ui.common.PngFiles;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Turns an export into the bytes of a file. A PNG is rasterised by JavaFX on a canvas, as the
 * screen is, so it matches the view pixel for pixel; SVG and PDF are drawn through Java2D by
 * JFreeSVG and PDFBox, as vectors with real text. Only {@link #rasterise} needs the FX thread.
 */
public final class ExportRenderer {

    private static volatile boolean java2dFontsRegistered;

    private ExportRenderer() {}

    /** An export rasterised to ARGB pixels, ready to be encoded off the FX thread. */
    public record Pixels(int width, int height, int[] argb) {}

    /** Draws the export on a canvas and reads its pixels. FX thread only. */
    public static WritableImage rasterise(ExportSource source, ExportOptions options, Palette palette) throws ExportException {
        int w = options.size().width();
        int h = options.size().height();
        Canvas canvas = new Canvas(w, h);
        new ExportComposer().draw(new FxSurface(canvas), source, options, palette);
        try {
            return FxSurface.snapshotOf(canvas, new WritableImage(w, h));
        } catch (NullPointerException e) {
            // How JavaFX reports a render target it had no memory for ("Cannot invoke
            // com.sun.prism.Image.getWidth() because this.image is null"): 8192×8192 under a 1 GB heap.
            throw ExportException.tooLarge(options.size(), e);
        }
    }

    /** The pixels of a rasterised export. FX thread only, since the image may still be written by JavaFX. */
    public static Pixels pixels(WritableImage image) {
        return new Pixels((int) image.getWidth(), (int) image.getHeight(), PngFiles.argb(image));
    }

    /** Encodes pixels as PNG ({@link PngFiles#write(int, int, int[], OutputStream)}). Any thread. */
    public static void writePng(Pixels pixels, OutputStream out) throws IOException {
        PngFiles.write(pixels.width(), pixels.height(), pixels.argb(), out);
    }

    /** The export as an SVG document with a viewBox of its size and its text as text elements. Any thread. */
    public static String svg(ExportSource source, ExportOptions options, Palette palette) {
        registerJava2dFonts();
        int w = options.size().width();
        int h = options.size().height();
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        // A hundredth of a pixel is finer than any screen or printer; the default 15 digits tripled the file size.
        g.setGeomDoubleConverter(ExportRenderer::twoDecimals);
        // Viewers that cannot read the embedded font fall back to a sans-serif with the same glyph coverage.
        g.setFontFunction(family -> '"' + family + "\", \"Noto Sans JP\", \"Noto Sans\", sans-serif");
        new ExportComposer().draw(new Graphics2DSurface(g, w, h), source, options, palette);
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
        int afterOpeningTag = element.indexOf('>') + 1;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, afterOpeningTag) + EMBEDDED_FONTS
                + element.substring(afterOpeningTag) + "\n";
    }

    /**
     * The bundled font inside every SVG, as @font-face rules with the font files as data: the
     * layout was measured with it, and a viewer without it substituted a wider sans-serif that
     * cut the caption short ("— 19 Octobe") and ran the footer into the naming note. The OFL lets
     * a document carry the font it was made with.
     */
    private static final String EMBEDDED_FONTS = "<defs><style>"
            + fontFace("normal", BundledFonts.REGULAR) + fontFace("bold", BundledFonts.BOLD) + "</style></defs>";

    private static String fontFace(String weight, String resource) {
        return "@font-face{font-family:\"" + BundledFonts.FAMILY + "\";font-weight:" + weight + ";src:url(data:font/otf;base64,"
                + Base64.getEncoder().encodeToString(ClassPathResources.bytes(resource)) + ") format(\"opentype\");}";
    }

    private static String twoDecimals(double value) {
        return Double.toString(Math.round(value * 100) / 100.0);
    }

    public static void writeSvg(ExportSource source, ExportOptions options, Palette palette, OutputStream out) throws IOException {
        out.write(svg(source, options, palette).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The export as a one-page PDF whose page is the export's size, one point per pixel. The
     * text is drawn as vector outlines: the bundled CJK font is CFF-flavoured OpenType, which
     * PDFBox cannot embed. Any thread.
     */
    public static void writePdf(ExportSource source, ExportOptions options, Palette palette, OutputStream out) throws IOException {
        registerJava2dFonts();
        int w = options.size().width();
        int h = options.size().height();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            try {
                new ExportComposer().draw(new Graphics2DSurface(g, w, h), source, options, palette);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(ExportComposer.title(source, options));
            document.getDocumentInformation().setCreator("Four Islands");
            document.save(out);
        }
    }

    /** Makes the bundled font known to Java2D, so that vector exports measure and draw text in the app's font. */
    static void registerJava2dFonts() {
        if (java2dFontsRegistered) {
            return;
        }
        synchronized (ExportRenderer.class) {
            if (java2dFontsRegistered) {
                return;
            }
            var environment = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String resource : BundledFonts.RESOURCES) {
                try {
                    byte[] font = ClassPathResources.bytes(resource);
                    environment.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(font)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (java.awt.FontFormatException e) {
                    throw new IllegalStateException("bundled font " + resource + " is unreadable", e);
                }
            }
            java2dFontsRegistered = true;
        }
    }
}
