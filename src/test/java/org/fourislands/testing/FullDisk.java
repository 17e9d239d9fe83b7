package org.fourislands.testing;

import java.io.IOException;
import java.io.OutputStream;

/** A stream onto a disk with no room left: every write fails, as it does on a full disk. */
public final class FullDisk extends OutputStream {

    public static final String MESSAGE = "No space left on device";

    @Override
    public void write(int b) throws IOException {
        throw new IOException(MESSAGE);
    }
}
