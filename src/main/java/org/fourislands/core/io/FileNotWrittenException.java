package org.fourislands.core.io;

import java.io.IOException;

/** A file that {@link AtomicWrite} did not write; the message says why, in words a user can act on. */
public final class FileNotWrittenException extends IOException {

    public FileNotWrittenException(String message) {
        super(message);
    }

    public FileNotWrittenException(String message, Throwable cause) {
        super(message, cause);
    }
}
