package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The land beyond the box as the build stored it is the land {@link LandBeyond#of} works out, and a stale file is not read. */
class StoredLandBeyondTest {

    private static BaseMap locator;
    private static BaseMap coastline;
    private static LandBeyond workedOut;

    @BeforeAll
    static void load() {
        EqualAreaProjection projection = new EqualAreaProjection();
        locator = BaseMap.loadLocator(projection);
        coastline = BaseMap.loadBundledFullDetailOnly(projection);
        workedOut = LandBeyond.of(locator, coastline);
    }

    /** The file in the jar, written by the build's process-classes step, holds every piece exactly. */
    @Test
    void theBuildsFileHoldsTheLandWorkedOutNow() throws IOException {
        LandBeyond stored;
        try (InputStream in = StoredLandBeyond.class.getResourceAsStream(StoredLandBeyond.BUNDLED_RESOURCE)) {
            assertThat(in).as("the build's " + StoredLandBeyond.BUNDLED_RESOURCE).isNotNull();
            stored = StoredLandBeyond.read(in, locator, coastline);
        }
        assertSame(stored, workedOut);
        assertThat(LandBeyond.load(locator, coastline).pieces()).hasSameSizeAs(workedOut.pieces());
    }

    @Test
    void whatIsWrittenReadsBackPieceForPiece() throws IOException {
        assertSame(StoredLandBeyond.read(new ByteArrayInputStream(written(locator)), locator, coastline), workedOut);
    }

    /** Made from another locator or another coastline (by their checksums), the file is stale: read as nothing, so the land is worked out anew. */
    @Test
    void aFileMadeFromOtherMapsIsNotRead() throws IOException {
        String tiny = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[130, 40], [131, 40], [131, 41], [130, 40]]]}}]}""";
        BaseMap other = BaseMap.load(new ByteArrayInputStream(tiny.getBytes(StandardCharsets.UTF_8)), coastline.projection());
        assertThat(StoredLandBeyond.read(new ByteArrayInputStream(written(other)), locator, coastline)).as("another locator").isNull();
        assertThat(StoredLandBeyond.read(new ByteArrayInputStream(written(locator)), locator, other)).as("another coastline").isNull();
    }

    private static byte[] written(BaseMap madeFromLocator) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoredLandBeyond.write(bytes, workedOut, madeFromLocator, coastline);
        return bytes.toByteArray();
    }

    private static void assertSame(LandBeyond stored, LandBeyond expected) {
        assertThat(stored).isNotNull();
        assertThat(stored.pieces()).hasSameSizeAs(expected.pieces()).hasSizeGreaterThan(10);
        for (int p = 0; p < expected.pieces().size(); p++) {
            LandBeyond.Piece want = expected.pieces().get(p);
            LandBeyond.Piece got = stored.pieces().get(p);
            assertThat(got.islandId()).as("piece %d's unit", p).isEqualTo(want.islandId());
            assertThat(got.rings().exterior()).as("piece %d's outline", p).containsExactly(want.rings().exterior());
            assertThat(Arrays.deepEquals(got.rings().holes(), want.rings().holes())).as("piece %d's lakes", p).isTrue();
            assertThat(got.bounds()).as("piece %d's box", p).isEqualTo(want.bounds());
            assertLines(got.seams(), want.seams(), "piece " + p + "'s seams");
            assertLines(got.shores(), want.shores(), "piece " + p + "'s shores");
        }
    }

    private static void assertLines(java.util.List<LandBeyond.Line> got, java.util.List<LandBeyond.Line> want, String what) {
        assertThat(got).as(what).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i).points()).as(what + " line " + i).containsExactly(want.get(i).points());
            assertThat(got.get(i).bounds()).as(what + " line " + i + "'s box").isEqualTo(want.get(i).bounds());
        }
    }
}
