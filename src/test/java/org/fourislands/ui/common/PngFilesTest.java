package org.fourislands.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.fourislands.testing.FullDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A JavaFX image (a poll chart's snapshot, say) written as PNG. */
@ExtendWith(ApplicationExtension.class)
class PngFilesTest {

    private static WritableImage imageWithOneRedPixel() {
        WritableImage image = new WritableImage(30, 20);
        image.getPixelWriter().setColor(7, 5, Color.RED);
        return image;
    }

    @Test
    void theImageIsWrittenPixelForPixel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngFiles.write(imageWithOneRedPixel(), out);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.getWidth()).isEqualTo(30);
        assertThat(read.getHeight()).isEqualTo(20);
        assertThat(read.getRGB(7, 5)).isEqualTo(0xFFFF0000);
        assertThat(read.getRGB(8, 5)).isZero();
    }

    /** ImageIO wraps a write's failure in "I/O error writing PNG file!": the user reads the reason instead. */
    @Test
    void anImageThatCannotBeWrittenSaysWhy() {
        assertThatThrownBy(() -> PngFiles.write(imageWithOneRedPixel(), new FullDisk())).isInstanceOf(IOException.class)
                .hasMessage(FullDisk.MESSAGE);
    }
}
