package org.fourislands.testing;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A preferences node of one test's (or one script's) own, so that it neither reads what the
 * user's app or an earlier run remembered nor leaves anything behind. As a JUnit extension
 * ({@code @RegisterExtension}) it removes the node after each test; otherwise call {@link #remove}.
 */
public final class ThrowawayPreferences implements AfterEachCallback {

    private final Preferences node = Preferences.userRoot().node("org/fourislands/test/" + UUID.randomUUID());

    /** The node, empty at first; what the app would keep under the user's root goes under it. */
    public Preferences node() {
        return node;
    }

    /** Removes the node and everything under it. */
    public void remove() {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not remove the test's preferences " + node.absolutePath(), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        remove();
    }
}
