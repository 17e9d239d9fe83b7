package org.fourislands.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either wholly there or not at all: the bytes go to a hidden
 * temporary file in the same folder, are forced to the disk, and only then take the target's
 * name: by a rename where the file may be replaced, else by a hard link, which never replaces
 * a file that appeared in the meantime. Whatever fails
 * (a read-only or missing folder, a full disk) leaves no partial file behind, and the error
 * says what went wrong in words a user can act on. The exports, a poll chart's PNG and the
 * settings file are all written through it.
 */
public final class AtomicWrite {

    /** Writes the content to a stream, which it leaves open (it is forced to the disk after); may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWrite() {}

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced (the export dialog asks first, the command line needs
     *     --overwrite; the settings file is always replaced)
     * @throws FileNotWrittenException with a message naming the file and the cause
     */
    public static void write(Path target, boolean overwrite, Content content) throws FileNotWrittenException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileNotWrittenException("cannot write " + absolute + ": it is a folder; choose a file name in it");
        }
        if (!Files.isDirectory(folder)) {
            throw new FileNotWrittenException("cannot write " + absolute + ": " + folder
                    + (Files.exists(folder) ? " is a file, not a folder" : " does not exist"));
        }
        // Not following links: a link at the name, even one to nothing, is replaced only when allowed.
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(absolute, null);
        }
        // Not Files.createTempFile: its files are private (rw-------), and a file the user saves should get their usual permissions.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(Channels.newOutputStream(channel));
                // On the disk before the name points at it: otherwise a crash soon after the rename
                // can leave the name on an empty or partial file, the old one gone.
                channel.force(true);
            }
            giveName(temporary, absolute, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(absolute, e);
        } catch (FileSystemException e) {
            throw new FileNotWrittenException("cannot write " + absolute + ": " + refusal(e, folder, temporary), e);
        } catch (IOException e) {
            // A full disk surfaces here as "No space left on device".
            throw new FileNotWrittenException("cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Why the file system refused, in the user's terms. The JDK's message names the hidden
     * temporary file ("/x/.map.png.432e….part: Read-only file system"), which means nothing to
     * the user: a refusal of that file is the folder's refusal of a new file.
     */
    private static String refusal(FileSystemException e, Path folder, Path temporary) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + folder + " (is the folder read-only?)";
        }
        if (temporary.toString().equals(e.getFile()) || temporary.toString().equals(e.getOtherFile())) {
            return "the folder " + folder + " takes no new files" + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
        }
        return e instanceof NoSuchFileException ? e.getFile() + " does not exist" : e.getMessage();
    }

    /** Gives the written temporary file the target's name (the caller deletes the temporary name after). */
    private static void giveName(Path temporary, Path target, boolean overwrite) throws IOException {
        if (overwrite) {
            try {
                // REPLACE_EXISTING too: a file system may otherwise refuse to move over a file (a zip file system does).
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        // A rename replaces whatever has the name by then (on POSIX, ATOMIC_MOVE or not); a new
        // link takes the name only if it is free, in one step, and fails with FileAlreadyExists.
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // FAT, exFAT and some network shares have no hard links. A move without
            // REPLACE_EXISTING still refuses a file that is there, though by checking first.
            Files.move(temporary, target);
        }
    }

    private static FileNotWrittenException alreadyExists(Path target, Exception cause) {
        return new FileNotWrittenException(target + " already exists; choose another name or allow overwriting", cause);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a leftover hidden .part file: the file is written, or the real error is reported.
        }
    }
}
