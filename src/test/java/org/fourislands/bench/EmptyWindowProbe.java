package org.fourislands.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/** The comparison for start-up: an empty JavaFX window, from JVM start to its first pulse. */
public final class EmptyWindowProbe extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Pane(), 1920, 1080);
        scene.addPostLayoutPulseListener(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("empty_window_ms=" + millis);
            System.out.flush();
            Platform.exit();
        });
        stage.setScene(scene);
        stage.show();
    }

    /** Entry point; a separate class, because the java launcher refuses a class-path Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(EmptyWindowProbe.class, args);
        }
    }
}
