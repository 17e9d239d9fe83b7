package org.fourislands.ui.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The datasets opened lately, most recent first, at most {@value #MAX}, kept between runs in user preferences. */
public final class RecentFiles {

    public static final int MAX = 8;

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The recent files, most recent first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String stored = preferences.get("file." + i, null);
            if (stored != null) {
                files.add(Path.of(stored));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping an older mention of it and the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(normal);
        files.addFirst(normal);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put("file." + i, files.get(i).toString());
            } else {
                preferences.remove("file." + i);
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Kept in memory for this run; the list is a convenience.
        }
    }

    /** Forgets a file, e.g. one that no longer exists. */
    public void remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath().normalize());
        for (int i = 0; i < MAX; i++) {
            preferences.remove("file." + i);
        }
        for (int i = 0; i < files.size(); i++) {
            preferences.put("file." + i, files.get(i).toString());
        }
    }
}
