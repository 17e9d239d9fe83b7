package org.fourislands.ui.export;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.fourislands.core.io.AtomicWrite;
import org.fourislands.core.io.FileNotWrittenException;
import org.fourislands.render.Palette;

/**
 * Makes export files. The work that needs JavaFX (reading the theme, rasterising a PNG) runs on
 * the FX thread and is quick; encoding and writing run on the caller's worker thread, so the
 * window never freezes on a 4K PNG.
 */
public final class ExportService {

    private ExportService() {}

    /** An export whose FX part is done; {@link #writeTo} encodes and writes it on any thread. */
    public static final class Prepared {
        private final ExportSource source;
        private final ExportOptions options;
        private final Palette palette;
        private final ExportRenderer.Pixels pixels;

        private Prepared(ExportSource source, ExportOptions options, Palette palette, ExportRenderer.Pixels pixels) {
            this.source = source;
            this.options = options;
            this.palette = palette;
            this.pixels = pixels;
        }

        /** Writes the file atomically: all of it, or nothing and an {@link ExportException}. */
        public Path writeTo(Path target, boolean overwrite) throws ExportException {
            try {
                AtomicWrite.write(target, overwrite, out -> {
                    switch (options.format()) {
                        case PNG -> ExportRenderer.writePng(pixels, out);
                        case SVG -> ExportRenderer.writeSvg(source, options, palette, out);
                        case PDF -> ExportRenderer.writePdf(source, options, palette, out);
                    }
                });
            } catch (FileNotWrittenException e) {
                throw new ExportException(e.getMessage(), e);
            }
            return target;
        }
    }

    /**
     * Does the FX part of an export: the theme's palette and, for PNG, the pixels. FX thread only.
     *
     * @throws ExportException when JavaFX had no memory to draw a canvas this large (a lack of
     *     memory may also come as an OutOfMemoryError: {@link ExportException#describing} words both alike)
     */
    public static Prepared prepare(ExportSource source, ExportOptions options) throws ExportException {
        Palette palette = ThemePalettes.of(options.theme());
        ExportRenderer.Pixels pixels = options.format() == ExportFormat.PNG
                ? ExportRenderer.pixels(ExportRenderer.rasterise(source, options, palette))
                : null;
        return new Prepared(source, options, palette, pixels);
    }

    /** The export as an image, for the clipboard. FX thread only. */
    public static WritableImage image(ExportSource source, ExportOptions options) throws ExportException {
        return ExportRenderer.rasterise(source, options, ThemePalettes.of(options.theme()));
    }

    /** Exports from a thread that is not the FX thread (the command line): prepares on the FX thread, writes here. */
    public static Path exportFromWorker(ExportSource source, ExportOptions options, Path target, boolean overwrite) throws ExportException {
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                prepared.complete(prepare(source, options));
            } catch (Throwable failure) {
                // An Error too (no memory for the pixels): a future left open would hold the command line forever.
                prepared.completeExceptionally(failure);
            }
        });
        try {
            return prepared.get().writeTo(target, overwrite);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while exporting " + target, e);
        } catch (ExecutionException e) {
            throw ExportException.describing(e.getCause(), options.size());
        }
    }
}
