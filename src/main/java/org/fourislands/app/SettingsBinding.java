package org.fourislands.app;

import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.util.Duration;
import org.fourislands.core.model.Tour;

/**
 * Connects a {@link MainWindow} to its {@link SettingsStore}: applies what was remembered,
 * shows any warning about the file without blocking, resumes the last tour once the dataset has
 * it, and writes the settings back shortly after each change.
 */
final class SettingsBinding {

    private static final System.Logger LOG = System.getLogger(SettingsBinding.class.getName());

    private final MainWindow window;
    private final SettingsStore store;
    private final PauseTransition saveSoon = new PauseTransition(Duration.millis(400));
    private String pendingTourId;
    private int pendingTourStep;

    private SettingsBinding(MainWindow window, SettingsStore store) {
        this.window = window;
        this.store = store;
    }

    /** Applies the stored settings to {@code window} and keeps the store up to date from then on. */
    static SettingsBinding attach(MainWindow window, SettingsStore store) {
        SettingsBinding binding = new SettingsBinding(window, store);
        binding.start();
        return binding;
    }

    private void start() {
        SettingsStore.Loaded loaded = store.load();
        Settings settings = loaded.settings();
        if (!loaded.warnings().isEmpty()) {
            window.notices().show(String.join(" ", loaded.warnings()));
        }
        window.apply(settings);
        pendingTourId = settings.tourId();
        pendingTourStep = settings.tourStep();
        // Later, not in the listener: the state picks its starting event after telling listeners of the dataset.
        window.state().datasetProperty().addListener(obs -> javafx.application.Platform.runLater(this::resumeTour));
        resumeTour();

        saveSoon.setOnFinished(e -> saveNow());
        Observable[] watched = {window.state().themeProperty(), window.textScaleProperty(), window.presentationScaleProperty(),
            window.state().namingProperty(), window.state().scriptProperty(), window.animationsProperty(),
            window.tours().tourProperty(), window.tours().positionProperty()};
        for (Observable observable : watched) {
            observable.addListener(o -> saveSoon.playFromStart());
        }
        window.windowLayout().onChange(saveSoon::playFromStart);
    }

    /** The teacher who closed the app mid-lesson finds the tour at the same step. */
    private void resumeTour() {
        if (pendingTourId != null && window.state().getDataset() != null) {
            String id = pendingTourId;
            pendingTourId = null;
            if (!window.resumeTour(id, pendingTourStep)) {
                LOG.log(System.Logger.Level.INFO, "The last tour, " + id + ", is not in this dataset");
            }
        }
    }

    /** Writes the current settings now; a failure is logged and shown, never thrown. */
    void saveNow() {
        saveSoon.stop();
        Settings settings = window.currentSettings();
        Tour tour = window.tours().getTour();
        settings = tour == null ? settings.withTour(null, 0) : settings.withTour(tour.id(), Math.max(0, window.tours().stepReached()));
        try {
            store.save(settings);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the settings to " + store.file(), e);
            window.notices().show("Your settings could not be saved to " + store.file() + ": " + e.getMessage());
        }
    }
}
