package org.fourislands.testing;

import java.lang.reflect.Field;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs each test of a class in the real main window ({@link ExplorerHarness#start}), with the
 * data drawn before the test's own {@code @BeforeEach} methods run, and preferences of its own
 * ({@link ThrowawayPreferences}), removed after it. The harness is put into the
 * test's field of type {@code ExplorerHarness}, as TestFX's {@code ApplicationExtension} does
 * for robots, and test methods may take an {@link FxRobot} or the harness as a parameter.
 *
 * <p>TestFX's extension finds its {@code @Start} method only among the test class's own
 * methods, so without this each class repeated the same start and wait.
 */
public final class ExplorerExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExplorerExtension.class);

    /** The application TestFX starts for one test: the main window on TestFX's primary stage. */
    private static final class ExplorerApplication extends Application {
        private final ThrowawayPreferences preferences = new ThrowawayPreferences();
        private ExplorerHarness harness;

        @Override
        public void start(Stage stage) {
            harness = ExplorerHarness.start(stage, preferences.node());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        ExplorerApplication application = (ExplorerApplication) FxToolkit.setupApplication(ExplorerApplication::new);
        context.getStore(NAMESPACE).put(ExplorerApplication.class, application);
        application.harness.awaitReady();
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == ExplorerHarness.class) {
                    field.setAccessible(true);
                    field.set(test, application.harness);
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ExplorerApplication application = context.getStore(NAMESPACE).remove(ExplorerApplication.class, ExplorerApplication.class);
        if (application != null) {
            FxToolkit.cleanupAfterTest(new FxRobot(), application);
            WaitForAsyncUtils.waitForFxEvents();
            application.preferences.remove();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FxRobot.class || type == ExplorerHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == FxRobot.class) {
            return new FxRobot();
        }
        return context.getStore(NAMESPACE).get(ExplorerApplication.class, ExplorerApplication.class).harness;
    }
}
