package org.fourislands.ui.export;

/** An export that could not be made; the message is for the user. */
public final class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
