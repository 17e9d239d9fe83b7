package org.fourislands.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application's icon (packaging/icons, painted by IconPainter), in the sizes window
 * managers and task bars pick from, and how a window gets it. {@link #images()} may run on any
 * thread; {@link #followOwner} on the FX thread.
 */
public final class AppIcon {

    /** The sizes the jar carries; the 512 px one serves only the installers. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {}

    /** Each size of the icon, read from the class path, smallest first. */
    public static List<Image> images() {
        return Arrays.stream(SIZES)
                .mapToObj(size -> new Image(Objects.requireNonNull(AppIcon.class.getResource("/icons/four-islands-" + size + ".png"),
                        "icon missing from the class path").toExternalForm()))
                .toList();
    }

    /**
     * Gives {@code stage} its owner's icons and keeps them in step, as JavaFX's own dialogs do
     * with theirs: a window of the app shows the app's icon in the task bar and the window
     * switcher, and only the main window reads the images.
     */
    public static void followOwner(Stage stage, Window owner) {
        if (owner instanceof Stage ownerStage) {
            Bindings.bindContent(stage.getIcons(), ownerStage.getIcons());
        }
    }
}
