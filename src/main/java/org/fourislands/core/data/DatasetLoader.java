package org.fourislands.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads and validates a dataset file: parse (with size and nesting limits), check the JSON
 * Schema, map to records, then check meaning. A file that parses has all its problems reported
 * together, in file order: the schema's, and the meaning's of every part the schema accepted.
 * Thread-safe: one loader may serve concurrent loads; call it off the FX thread.
 */
public final class DatasetLoader {

    /** Where the bundled dataset lives on the class path. */
    public static final String BUNDLED_RESOURCE = "/data/four-islands.json";
    /** How problems name the bundled dataset. */
    public static final String BUNDLED_NAME = "four-islands.json";

    private final long maxBytes;
    private final LocatedJsonReader reader;
    /** Compiled on first use: a start-up that only loads the checked bundled dataset never needs it. */
    private volatile SchemaCheck schema;

    public DatasetLoader() {
        this(LocatedJsonReader.Limits.DEFAULT.maxBytes(), LocatedJsonReader.Limits.DEFAULT.maxNestingDepth());
    }

    /** A loader with tighter limits, for tests of the limits themselves. */
    public DatasetLoader(long maxBytes, int maxNestingDepth) {
        this.maxBytes = maxBytes;
        this.reader = new LocatedJsonReader(new LocatedJsonReader.Limits(maxBytes, maxNestingDepth,
                LocatedJsonReader.Limits.DEFAULT.maxStringLength()));
    }

    public LoadResult load(Path file) {
        String name = nameOf(file);
        if (Files.isDirectory(file)) {
            return failed(name, "is a folder, not a dataset file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(name, LocatedJsonReader.tooLarge(size, maxBytes));
            }
            // A device or a pipe reports no size: read no more than the limit allows, plus one byte to tell.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                return failed(name, String.format(Locale.ROOT, "it holds more than %,d bytes, the limit (expected a dataset file, not something else)", maxBytes));
            }
            return load(name, bytes);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file: " + file);
        } catch (AccessDeniedException e) {
            return failed(name, "could not be read: permission denied: " + file);
        } catch (IOException e) {
            return failed(name, "could not be read: " + e.getMessage());
        }
    }

    /** How problems name {@code file}: its file name, or the path as given for the root folder, which has none. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Loads the dataset bundled with the app. The build has checked it (BundledDatasetCheck):
     * when its stamp matches these bytes, the schema and meaning are not checked again.
     */
    public LoadResult loadBundled() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed(BUNDLED_NAME, "the bundled dataset is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return load(BUNDLED_NAME, bytes, !BundledDatasetCheck.passed(bytes));
        } catch (IOException e) {
            return failed(BUNDLED_NAME, "could not be read: " + e.getMessage());
        }
    }

    /** Loads from bytes already in memory; {@code fileName} is how problems name the file. */
    public LoadResult load(String fileName, byte[] bytes) {
        return load(fileName, bytes, true);
    }

    private LoadResult load(String fileName, byte[] bytes, boolean checkSchemaAndMeaning) {
        LocatedJsonReader.Result read = reader.read(fileName, bytes);
        if (read instanceof LocatedJsonReader.Unreadable(List<DatasetProblem> problems)) {
            return new LoadResult.Failed(problems, fileName);
        }
        LocatedJson json = ((LocatedJsonReader.Parsed) read).json();
        if (!checkSchemaAndMeaning) {
            return mapAndCheck(json, SchemaCheck.Result.VALID, false, fileName);
        }
        // The schema check takes about as long as mapping and checking meaning together (1.5 s
        // and 1.1 s for 100,000 events), and a file the schema accepts, as nearly every file is,
        // is mapped the same whatever the check says. So the two run at once, the mapping as if
        // the schema accepted the file, and only when it did not is the file mapped again,
        // leaving out what the schema rejected.
        CompletableFuture<SchemaCheck.Result> structureCheck = CompletableFuture.supplyAsync(() -> schema().check(json),
                task -> Thread.ofPlatform().name("dataset-schema-check").daemon().start(task));
        LoadResult ifAccepted;
        RuntimeException mappingFailure = null;
        try {
            ifAccepted = mapAndCheck(json, SchemaCheck.Result.VALID, true, fileName);
        } catch (RuntimeException e) {
            // A structure the schema rejects may trip the mapping: the schema's problems will say what.
            ifAccepted = null;
            mappingFailure = e;
        }
        SchemaCheck.Result structure = schemaResult(structureCheck);
        if (structure.problems().isEmpty()) {
            if (mappingFailure != null) {
                throw mappingFailure;
            }
            return ifAccepted;
        }
        return mapAndCheck(json, structure, true, fileName);
    }

    /** The schema check's result; what it threw, it throws here, as it did when run on this thread. */
    private static SchemaCheck.Result schemaResult(CompletableFuture<SchemaCheck.Result> structureCheck) {
        try {
            return structureCheck.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Maps what the schema did not reject, and checks its meaning unless the file is the checked
     * bundled one, so that a file's problems of meaning come together with its schema problems,
     * not after them.
     */
    private static LoadResult mapAndCheck(LocatedJson json, SchemaCheck.Result structure, boolean checkMeaning, String fileName) {
        List<DatasetProblem> problems = new ArrayList<>(structure.problems());
        if (structure.rejected().root()) {
            return new LoadResult.Failed(inFileOrder(problems), fileName);
        }
        DatasetMapper mapper = new DatasetMapper(json, structure.rejected());
        DatasetMapper.Mapped mapped = mapper.map();
        problems.addAll(mapper.problems());
        if (checkMeaning) {
            problems.addAll(new SemanticCheck(json, mapped).check());
        }
        if (!problems.isEmpty()) {
            return new LoadResult.Failed(inFileOrder(problems), fileName);
        }
        return new LoadResult.Loaded(mapped.dataset(), fileName);
    }

    /** Whether a load has needed the schema yet (tests: the stamped bundled dataset does not). */
    boolean hasCompiledSchema() {
        return schema != null;
    }

    private SchemaCheck schema() {
        SchemaCheck compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                compiled = schema;
                if (compiled == null) {
                    compiled = new SchemaCheck();
                    schema = compiled;
                }
            }
        }
        return compiled;
    }

    private static List<DatasetProblem> inFileOrder(List<DatasetProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(DatasetProblem::line).thenComparingInt(DatasetProblem::column)
                        .thenComparing(DatasetProblem::message))
                .toList();
    }

    private static LoadResult failed(String file, String message) {
        return new LoadResult.Failed(List.of(new DatasetProblem(file, 0, 0, "", message)), file);
    }
}
