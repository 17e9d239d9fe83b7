package org.fourislands.ui.export;

/** An export that could not be made; the message is for the user. */
public final class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An export the memory could not hold at {@code size}, with a smaller size to try. A laptop
     * with 4 GB gives Java about 1 GB, and an 8192×8192 PNG needs the canvas's pixels twice over.
     */
    static ExportException tooLarge(ExportSize size, Throwable cause) {
        String smaller = size.smallerPreset().map(preset -> ": try " + preset).orElse("");
        return new ExportException("could not draw the export: too large for the memory available (" + size + ")" + smaller, cause);
    }

    /**
     * What the user is told of an export of {@code size} that failed with {@code failure}: an
     * ExportException as it is, a lack of memory as {@link #tooLarge}, anything else with its own words.
     */
    static ExportException describing(Throwable failure, ExportSize size) {
        return switch (failure) {
            case ExportException known -> known;
            case OutOfMemoryError lack -> tooLarge(size, lack);
            default -> new ExportException("could not draw the export: "
                    + (failure.getMessage() != null ? failure.getMessage() : failure.toString()), failure);
        };
    }
}
