package org.fourislands.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder that nobody can write to, and undoes it on close. Permissions suffice for an
 * ordinary user; root ignores them, so as root the folder is also made immutable with
 * {@code chattr +i}, which binds root too.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder make(Path folder) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateFileIn(folder)) {
            return new ReadOnlyFolder(folder, false);
        }
        if (run("chattr", "+i", folder.toString()) && !canCreateFileIn(folder)) {
            return new ReadOnlyFolder(folder, true);
        }
        throw new IllegalStateException("cannot make a read-only folder on this machine (neither permissions nor chattr work)");
    }

    /** Whether the folder is read-only through {@code chattr +i} (the tests run as root), not its permissions. */
    public boolean isImmutable() {
        return immutable;
    }

    private static boolean canCreateFileIn(Path folder) {
        Path probe = folder.resolve("probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", folder.toString());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
