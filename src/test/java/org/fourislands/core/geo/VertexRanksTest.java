package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The levels of detail the build precomputes as vertex ranks, against the simplifier's own. */
class VertexRanksTest {

    private static BaseMap fullDetail;
    private static BaseMap simplified;
    private static BaseMap bundled;

    @BeforeAll
    static void load() {
        EqualAreaProjection projection = new EqualAreaProjection();
        fullDetail = BaseMap.loadBundledFullDetailOnly(projection);
        simplified = fullDetail.simplifiedLevelByLevel();
        bundled = fullDetail.withLevelsOfDetail();
    }

    static IntStream coarserLevels() {
        return IntStream.range(1, BaseMap.TOLERANCES.length);
    }

    /**
     * Every polygon of every level, rebuilt from the ranks the build wrote, has the simplifier's
     * vertices in the simplifier's order round each ring. A ring may start at another vertex and
     * the lakes come in another order: the simplifier's result is normalised, which sorts them.
     */
    @ParameterizedTest(name = "level {0}")
    @MethodSource("coarserLevels")
    void theRanksTheBuildWroteGiveTheSimplifiersLevels(int level) {
        LevelOfDetail expected = simplified.levels().get(level);
        LevelOfDetail actual = bundled.levels().get(level);
        assertThat(actual.toleranceMetres()).isEqualTo(expected.toleranceMetres());
        assertThat(actual.vertexCount()).isEqualTo(expected.vertexCount());
        for (int polygon = 0; polygon < expected.rings().size(); polygon++) {
            RingSet want = expected.rings().get(polygon);
            RingSet got = actual.rings().get(polygon);
            assertThat(sameRing(got.exterior(), want.exterior())).as("polygon %d's exterior at level %d", polygon, level).isTrue();
            assertThat(got.holes().length).as("polygon %d's lakes at level %d", polygon, level).isEqualTo(want.holes().length);
            List<double[]> unmatched = new ArrayList<>(Arrays.asList(want.holes()));
            for (double[] hole : got.holes()) {
                assertThat(unmatched.removeIf(other -> sameRing(hole, other))).as("a lake of polygon %d at level %d", polygon, level).isTrue();
            }
        }
    }

    @Test
    void theBuildsRanksAreForTheBundledCoastline() throws IOException {
        try (InputStream in = VertexRanks.class.getResourceAsStream(VertexRanks.BUNDLED_RESOURCE)) {
            assertThat(in).as("the build writes %s", VertexRanks.BUNDLED_RESOURCE).isNotNull();
            assertThat(VertexRanks.read(in, fullDetail, fullDetail.sourceChecksum(), BaseMap.TOLERANCES)).isNotNull();
        }
    }

    @Test
    void ranksForAnotherCoastlineOrOtherTolerancesAreNotUsed() throws IOException {
        byte[] file = written();
        assertThat(VertexRanks.read(new ByteArrayInputStream(file), fullDetail, fullDetail.sourceChecksum() + 1, BaseMap.TOLERANCES))
                .as("another coastline's checksum").isNull();
        double[] otherTolerances = BaseMap.TOLERANCES.clone();
        otherTolerances[1] = 50;
        assertThat(VertexRanks.read(new ByteArrayInputStream(file), fullDetail, fullDetail.sourceChecksum(), otherTolerances))
                .as("other tolerances").isNull();
        assertThat(VertexRanks.read(new ByteArrayInputStream(file), fullDetail, fullDetail.sourceChecksum(), BaseMap.TOLERANCES))
                .as("the same coastline and tolerances").isNotNull();
    }

    @Test
    void aTruncatedFileIsAnErrorNotHalfTheRanks() throws IOException {
        byte[] file = written();
        byte[] truncated = Arrays.copyOf(file, file.length / 2);
        assertThatThrownBy(() -> VertexRanks.read(new ByteArrayInputStream(truncated), fullDetail, fullDetail.sourceChecksum(), BaseMap.TOLERANCES))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void eachVertexIsRankedTheCoarsestLevelThatKeepsIt() {
        byte[][] ranks = VertexRanks.of(simplified);
        int maximum = 0;
        int kept = 0;
        for (byte[] ring : ranks) {
            for (byte rank : ring) {
                maximum = Math.max(maximum, rank);
                kept += rank >= 1 ? 1 : 0;
            }
        }
        assertThat(maximum).isEqualTo(BaseMap.TOLERANCES.length - 1);
        // Vertices kept at 60 m, counted from the simplifier's level less each ring's closing point.
        LevelOfDetail sixtyMetres = simplified.levels().get(1);
        int rings = sixtyMetres.rings().stream().mapToInt(set -> 1 + set.holes().length).sum();
        assertThat(kept).isEqualTo(sixtyMetres.vertexCount() - rings);
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VertexRanks.write(out, simplified, fullDetail.sourceChecksum());
        return out.toByteArray();
    }

    /** The same closed ring: the same points in the same order, from whichever point it starts. */
    private static boolean sameRing(double[] a, double[] b) {
        int points = a.length / 2 - 1;
        if (b.length != a.length) {
            return false;
        }
        for (int shift = 0; shift < points; shift++) {
            int s = shift;
            if (IntStream.range(0, points).allMatch(i -> a[2 * i] == b[2 * ((i + s) % points)] && a[2 * i + 1] == b[2 * ((i + s) % points) + 1])) {
                return true;
            }
        }
        return false;
    }
}
