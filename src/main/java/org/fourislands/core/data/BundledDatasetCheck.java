package org.fourislands.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The build's check of the bundled dataset. The build runs {@link #main} once, after compiling:
 * it loads the bundled file through every pass of {@link DatasetLoader}, fails the build on any
 * problem, and otherwise writes a stamp beside it naming the dataset and the schema it checked
 * (their CRC-32s). At start-up, a bundled dataset that matches its stamp is not checked again:
 * compiling the schema and checking 132 events took 190–215 ms of a cold start (decision 0013).
 * A dataset without a matching stamp (another build's, a changed schema) is checked in full:
 * slower, never wrong.
 */
final class BundledDatasetCheck {

    static final String STAMP_RESOURCE = "/data/four-islands.checked";

    private BundledDatasetCheck() {}

    /** True when the build checked exactly these bytes against the schema the application carries. */
    static boolean passed(byte[] dataset) {
        try (InputStream in = BundledDatasetCheck.class.getResourceAsStream(STAMP_RESOURCE)) {
            return in != null && matches(new String(in.readAllBytes(), StandardCharsets.UTF_8), dataset, ClassPathResources.bytes(SchemaCheck.SCHEMA_RESOURCE));
        } catch (IOException | UncheckedIOException e) {
            // An unreadable stamp only costs the full check.
            return false;
        }
    }

    static boolean matches(String stamp, byte[] dataset, byte[] schema) {
        return stamp.equals(stampFor(dataset, schema));
    }

    static String stampFor(byte[] dataset, byte[] schema) {
        return "four-islands.json crc32=" + crc32(dataset) + " four-islands.schema.json crc32=" + crc32(schema) + "\n";
    }

    /**
     * Checks {@code dataset} in full and, when it passes, writes its stamp to {@code target};
     * otherwise writes nothing and returns the problems.
     */
    static List<DatasetProblem> check(byte[] dataset, byte[] schema, Path target) throws IOException {
        LoadResult result = new DatasetLoader().load("four-islands.json", dataset);
        if (result instanceof LoadResult.Failed failed) {
            return failed.problems();
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, stampFor(dataset, schema));
        return List.of();
    }

    /** The build's step: {@code main(path of the stamp to write)}; exits with 1, listing the problems, when the bundled dataset is invalid. */
    public static void main(String[] args) throws IOException {
        List<DatasetProblem> problems = check(ClassPathResources.bytes(DatasetLoader.BUNDLED_RESOURCE),
                ClassPathResources.bytes(SchemaCheck.SCHEMA_RESOURCE), Path.of(args[0]));
        if (!problems.isEmpty()) {
            System.err.println("The bundled dataset data/four-islands.json is not valid:");
            problems.forEach(problem -> System.err.println("  " + problem));
            // Said because a teacher who edited the bundled file by hand meets this, not the app's problem list.
            System.err.println("The app carries this file inside it, so it is not built until the file is valid.");
            System.err.println("To try changes without building, edit a copy and open it in the app: "
                    + "File → Open dataset…, then File → Watch file for changes.");
            System.exit(1);
        }
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
