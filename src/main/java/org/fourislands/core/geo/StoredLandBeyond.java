package org.fourislands.core.geo;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The land beyond the coastlines' box ({@link LandBeyond}) worked out once, at build time, and
 * read at start-up (decision 0020). Cutting the locator's outline to the margin and the box, and
 * finding which unit each piece continues, is JTS overlay work that took a cold JVM 200–260 ms,
 * on the thread that loads the map while the window is being shown: the first frame waited for it.
 *
 * <p>The file names what it was made from: the checksums of the locator's and the coastlines'
 * GeoJSON, and the parameters of the cut and of the projection ({@link LandBeyond#madeWith}).
 * A file that does not match, or is missing or truncated, is ignored and the land is worked out
 * anew: slower, never wrong. {@code StoredLandBeyondTest} checks that the build's file holds
 * exactly what {@link LandBeyond#of} gives.
 */
final class StoredLandBeyond {

    /** Where the build puts the bundled land beyond the box on the class path. */
    static final String BUNDLED_RESOURCE = "/maps/land-beyond.bin";

    private static final int MAGIC = 0x46494C42; // "FILB"
    private static final int VERSION = 1;

    private StoredLandBeyond() {}

    /** Writes {@code land}, made from {@code locator} and {@code coastline}. */
    static void write(OutputStream target, LandBeyond land, BaseMap locator, BaseMap coastline) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(locator.sourceChecksum());
        out.writeLong(coastline.sourceChecksum());
        writeArray(out, LandBeyond.madeWith(coastline.projection()));
        out.writeInt(land.pieces().size());
        for (LandBeyond.Piece piece : land.pieces()) {
            out.writeUTF(piece.islandId() == null ? "" : piece.islandId());
            writeArray(out, piece.rings().exterior());
            writeArrays(out, Arrays.asList(piece.rings().holes()));
            writeArrays(out, piece.seams().stream().map(LandBeyond.Line::points).toList());
            writeArrays(out, piece.shores().stream().map(LandBeyond.Line::points).toList());
        }
        out.flush();
    }

    /**
     * The land in {@code source} when it was made from {@code locator} and {@code coastline}
     * (by checksum) with this build's parameters; null otherwise.
     */
    static LandBeyond read(InputStream source, BaseMap locator, BaseMap coastline) throws IOException {
        DataInputStream in = new DataInputStream(source);
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != locator.sourceChecksum()
                || in.readLong() != coastline.sourceChecksum() || !Arrays.equals(readArray(in), LandBeyond.madeWith(coastline.projection()))) {
            return null;
        }
        List<LandBeyond.Piece> pieces = new ArrayList<>();
        for (int count = in.readInt(), p = 0; p < count; p++) {
            String islandId = in.readUTF();
            double[] exterior = readArray(in);
            RingSet rings = new RingSet(exterior, readArrays(in).toArray(double[][]::new));
            List<LandBeyond.Line> seams = readArrays(in).stream().map(LandBeyond.Line::of).toList();
            List<LandBeyond.Line> shores = readArrays(in).stream().map(LandBeyond.Line::of).toList();
            pieces.add(new LandBeyond.Piece(islandId.isEmpty() ? null : islandId, rings, seams, shores, BaseMap.boundsOf(exterior)));
        }
        return new LandBeyond(pieces);
    }

    /** The bundled land beyond the box, when the build's file matches these maps; null otherwise. */
    static LandBeyond readBundled(BaseMap locator, BaseMap coastline) {
        try (InputStream in = StoredLandBeyond.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            return in == null ? null : read(in, locator, coastline);
        } catch (IOException e) {
            // A truncated or unreadable file: working the land out anew is slower, never wrong.
            return null;
        }
    }

    /**
     * The build step: works out the bundled maps' land beyond the box and writes it to the file
     * {@code args[0]}, for the app to read from its class path.
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        EqualAreaProjection projection = new EqualAreaProjection();
        BaseMap locator = BaseMap.loadLocator(projection);
        BaseMap coastline = BaseMap.loadBundledFullDetailOnly(projection);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out, LandBeyond.of(locator, coastline), locator, coastline);
        }
    }

    private static void writeArrays(DataOutputStream out, List<double[]> arrays) throws IOException {
        out.writeInt(arrays.size());
        for (double[] array : arrays) {
            writeArray(out, array);
        }
    }

    private static void writeArray(DataOutputStream out, double[] array) throws IOException {
        out.writeInt(array.length);
        for (double value : array) {
            out.writeDouble(value);
        }
    }

    private static List<double[]> readArrays(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<double[]> arrays = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arrays.add(readArray(in));
        }
        return arrays;
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        double[] array = new double[in.readInt()];
        for (int i = 0; i < array.length; i++) {
            array[i] = in.readDouble();
        }
        return array;
    }
}
