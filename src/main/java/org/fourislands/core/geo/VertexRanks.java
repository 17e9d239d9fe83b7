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
 * A base map's levels of detail stored as one number per full-detail vertex: the coarsest level
 * that keeps it. Each level is simplified from the one before it (see {@link BaseMap}), so the
 * vertices a level keeps are a subset of the finer level's, in the same order round each ring,
 * and one rank per vertex says it all: level {@code k} is every vertex ranked {@code k} or more.
 *
 * <p>The simplification is start-up's largest piece of work, so the build works the ranks out
 * once ({@link #main}) and the app reads them (about 60 kB for the bundled coastline) instead.
 * The file names the coastline it was made from by checksum, and its tolerances: a file that
 * does not match the coastline, or is missing, is ignored and the levels are simplified anew.
 * The levels rebuilt from ranks are those the simplifier gives, vertex for vertex
 * ({@code VertexRanksTest}); a ring may start at another of its vertices, and a polygon list its
 * lakes in another order, which draws the same.
 */
final class VertexRanks {

    /** Where the build puts the bundled coastline's ranks on the class path. */
    static final String BUNDLED_RESOURCE = "/maps/coastline.ranks";

    private static final int MAGIC = 0x46495652; // "FIVR"
    private static final int VERSION = 1;

    private VertexRanks() {}

    /**
     * The ranks of {@code simplified}'s vertices, one array per ring (each polygon's exterior,
     * then its lakes in the full-detail level's order), the ring's closing point left out.
     *
     * @throws IllegalStateException when a level keeps a vertex the level before it does not,
     *     which no cascade of simplifications does
     */
    static byte[][] of(BaseMap simplified) {
        List<LevelOfDetail> levels = simplified.levels();
        List<byte[]> ranks = new ArrayList<>();
        List<RingSet> fullDetail = levels.getFirst().rings();
        for (int polygon = 0; polygon < fullDetail.size(); polygon++) {
            double[][] rings = rings(fullDetail.get(polygon));
            byte[][] polygonRanks = new byte[rings.length][];
            for (int r = 0; r < rings.length; r++) {
                polygonRanks[r] = new byte[rings[r].length / 2 - 1];
            }
            for (int level = 1; level < levels.size(); level++) {
                for (double[] kept : rings(levels.get(level).rings().get(polygon))) {
                    markKept(rings, polygonRanks, kept, level, polygon);
                }
            }
            ranks.addAll(Arrays.asList(polygonRanks));
        }
        return ranks.toArray(byte[][]::new);
    }

    /** The levels of {@code fullDetail} (a map of one level) that {@code ranks} describe, at {@code tolerances}. */
    static List<LevelOfDetail> levels(BaseMap fullDetail, byte[][] ranks, double[] tolerances) {
        List<RingSet> full = fullDetail.levels().getFirst().rings();
        List<LevelOfDetail> levels = new ArrayList<>(tolerances.length);
        levels.add(fullDetail.levels().getFirst());
        for (int level = 1; level < tolerances.length; level++) {
            List<RingSet> sets = new ArrayList<>(full.size());
            int vertices = 0;
            int ring = 0;
            for (RingSet rings : full) {
                double[] exterior = kept(rings.exterior(), ranks[ring++], level);
                double[][] holes = new double[rings.holes().length][];
                for (int h = 0; h < holes.length; h++) {
                    holes[h] = kept(rings.holes()[h], ranks[ring++], level);
                }
                RingSet set = new RingSet(exterior, holes);
                vertices += set.vertexCount();
                sets.add(set);
            }
            levels.add(new LevelOfDetail(tolerances[level], sets, vertices));
        }
        return levels;
    }

    /** Writes the ranks of {@code simplified}, made from the coastline of {@code checksum}. */
    static void write(OutputStream target, BaseMap simplified, long checksum) throws IOException {
        byte[][] ranks = of(simplified);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(checksum);
        out.writeInt(simplified.levels().size());
        for (LevelOfDetail level : simplified.levels()) {
            out.writeDouble(level.toleranceMetres());
        }
        out.writeInt(ranks.length);
        for (byte[] ring : ranks) {
            out.writeInt(ring.length);
            out.write(ring);
        }
        out.flush();
    }

    /**
     * The ranks in {@code source} when they were made for {@code fullDetail}: the same coastline
     * (by checksum), the same tolerances, and as many vertices in every ring. Null otherwise.
     */
    static byte[][] read(InputStream source, BaseMap fullDetail, long checksum, double[] tolerances) throws IOException {
        DataInputStream in = new DataInputStream(source);
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) {
            return null;
        }
        double[] madeWith = new double[in.readInt()];
        for (int i = 0; i < madeWith.length; i++) {
            madeWith[i] = in.readDouble();
        }
        if (!Arrays.equals(madeWith, tolerances)) {
            return null;
        }
        List<double[]> expected = new ArrayList<>();
        for (RingSet rings : fullDetail.levels().getFirst().rings()) {
            expected.addAll(Arrays.asList(rings(rings)));
        }
        byte[][] ranks = new byte[in.readInt()][];
        if (ranks.length != expected.size()) {
            return null;
        }
        for (int r = 0; r < ranks.length; r++) {
            ranks[r] = new byte[in.readInt()];
            if (ranks[r].length != expected.get(r).length / 2 - 1) {
                return null;
            }
            in.readFully(ranks[r]);
        }
        return ranks;
    }

    /**
     * The build step: simplifies the bundled coastline level by level and writes its ranks to
     * the file {@code args[0]}, for the app to read from its class path.
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        BaseMap fullDetail = BaseMap.loadBundledFullDetailOnly(new EqualAreaProjection());
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out, fullDetail.simplifiedLevelByLevel(), fullDetail.sourceChecksum());
        }
    }

    /** A polygon's rings, exterior first. */
    private static double[][] rings(RingSet set) {
        double[][] rings = new double[set.holes().length + 1][];
        rings[0] = set.exterior();
        System.arraycopy(set.holes(), 0, rings, 1, set.holes().length);
        return rings;
    }

    /**
     * Ranks {@code level} every vertex of the full-detail ring that the simplified ring {@code kept}
     * keeps: its first vertex found among the polygon's rings, the rest matched in order round
     * that ring.
     */
    private static void markKept(double[][] rings, byte[][] ranks, double[] kept, int level, int polygon) {
        int keptPoints = kept.length / 2 - 1;
        for (int r = 0; r < rings.length; r++) {
            double[] ring = rings[r];
            int points = ring.length / 2 - 1;
            for (int start = 0; start < points; start++) {
                if (samePoint(ring, start, kept, 0) && isKeptInOrder(ring, points, start, kept, keptPoints)) {
                    for (int k = 0, i = start; k < keptPoints; i = (i + 1) % points) {
                        if (samePoint(ring, i, kept, k)) {
                            ranks[r][i] = (byte) level;
                            k++;
                        }
                    }
                    return;
                }
            }
        }
        throw new IllegalStateException("polygon " + polygon + ": a ring at level " + level + " keeps vertices its finer level does not");
    }

    /** True when the kept points follow one another round {@code ring} from {@code start}, within one turn. */
    private static boolean isKeptInOrder(double[] ring, int points, int start, double[] kept, int keptPoints) {
        int k = 0;
        for (int step = 0; step < points && k < keptPoints; step++) {
            if (samePoint(ring, (start + step) % points, kept, k)) {
                k++;
            }
        }
        return k == keptPoints;
    }

    private static boolean samePoint(double[] a, int i, double[] b, int j) {
        return a[2 * i] == b[2 * j] && a[2 * i + 1] == b[2 * j + 1];
    }

    /** The ring's vertices ranked {@code level} or more, closed again. */
    private static double[] kept(double[] ring, byte[] ranks, int level) {
        int count = 0;
        for (byte rank : ranks) {
            if (rank >= level) {
                count++;
            }
        }
        double[] kept = new double[2 * (count + 1)];
        int k = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] >= level) {
                kept[2 * k] = ring[2 * i];
                kept[2 * k + 1] = ring[2 * i + 1];
                k++;
            }
        }
        kept[2 * count] = kept[0];
        kept[2 * count + 1] = kept[1];
        return kept;
    }
}
