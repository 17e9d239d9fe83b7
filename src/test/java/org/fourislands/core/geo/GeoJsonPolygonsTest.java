package org.fourislands.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The streaming reader of the coastline's GeoJSON: what it reads, in any member order, and what it refuses. */
class GeoJsonPolygonsTest {

    private static List<GeoJsonPolygons.Feature> read(String json) throws IOException {
        return GeoJsonPolygons.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPolygonWithALakeKeepsItsRingsInOrder() throws IOException {
        List<GeoJsonPolygons.Feature> features = read("""
                {'type':'FeatureCollection','features':[
                 {'type':'Feature','properties':{'island':'shikotan'},'geometry':{'type':'Polygon','coordinates':[
                   [[146.0,43.0],[146.5,43.0],[146.5,43.5],[146.0,43.0]],
                   [[146.1,43.1],[146.2,43.1],[146.2,43.2],[146.1,43.1]]]}}]}""");
        assertThat(features).hasSize(1);
        assertThat(features.getFirst().islandId()).isEqualTo("shikotan");
        List<double[]> rings = features.getFirst().polygons().getFirst();
        assertThat(features.getFirst().polygons()).hasSize(1);
        assertThat(rings).hasSize(2);
        assertThat(rings.get(0)).containsExactly(146.0, 43.0, 146.5, 43.0, 146.5, 43.5, 146.0, 43.0);
        assertThat(rings.get(1)).containsExactly(146.1, 43.1, 146.2, 43.1, 146.2, 43.2, 146.1, 43.1);
    }

    @Test
    void aMultiPolygonGivesEachPartAsAPolygon() throws IOException {
        List<GeoJsonPolygons.Feature> features = read("""
                {'features':[{'type':'Feature','properties':{'island':'habomai'},'geometry':{'type':'MultiPolygon','coordinates':[
                   [[[146.0,43.0],[146.1,43.0],[146.1,43.1],[146.0,43.0]]],
                   [[[146.3,43.3],[146.4,43.3],[146.4,43.4],[146.3,43.3]]]]}}],'type':'FeatureCollection'}""");
        assertThat(features.getFirst().polygons()).hasSize(2);
        assertThat(features.getFirst().polygons().get(1).getFirst()).startsWith(146.3, 43.3);
    }

    /** Members may come in any order, unknown ones are skipped, and an altitude is ignored. */
    @Test
    void memberOrderAndExtraMembersDoNotMatter() throws IOException {
        List<GeoJsonPolygons.Feature> features = read("""
                {'bbox':[1,2,3,4],'type':'FeatureCollection','features':[
                 {'geometry':{'coordinates':[[[146,43,12.5],[147,43,0],[147,44,1],[146,43,12.5]]],'bbox':[146,43,147,44],'type':'Polygon'},
                  'id':7,'type':'Feature','properties':{'name':{'ja':'x'},'island':'kunashiri-kunashir','tags':[1,[2]]}},
                 {'type':'Feature','properties':{'island':null},'geometry':{'type':'Polygon','coordinates':[[[140,41],[141,41],[141,42],[140,41]]]}},
                 {'type':'Feature','geometry':{'type':'Polygon','coordinates':[[[150,50],[151,50],[151,51],[150,50]]]}}]}""");
        assertThat(features).extracting(GeoJsonPolygons.Feature::islandId).containsExactly("kunashiri-kunashir", null, null);
        assertThat(features.getFirst().polygons().getFirst().getFirst()).containsExactly(146, 43, 147, 43, 147, 44, 146, 43);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'features':[{'type':'Feature','properties':{}}]}                                                   | a feature without a geometry",
        "{'features':[{'geometry':{'type':'Polygon','coordinates':[[['146',43]]]}}]}                          | expected an array, found VALUE_STRING",
        "{'features':[{'geometry':{'type':'Polygon','coordinates':[[[146,'43']]]}}]}                          | expected a latitude, found VALUE_STRING",
        "{'features':[{'geometry':{'type':'Polygon','coordinates':[146,43]}}]}                                | a position outside a ring",
        "{'features':[{'geometry':{'type':'Polygon','coordinates':[]}}]}                                      | a geometry without polygon coordinates",
        "{'features':{}}                                                                                     | expected an array of features",
        "[]                                                                                                  | expected a FeatureCollection object",
    })
    void malformedGeometryIsRefusedWithWhatWasExpected(String json, String expected) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JsonProcessingException.class).hasMessageContaining(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'features':[{'geometry':{'type':'Polygon','coordinates':[[[146,43],", "", "{'features':[} "})
    void truncatedOrBrokenJsonIsRefused(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class);
    }

    /** The bundled coastline and locator read in one pass equal what a tree of the whole file holds, ring by ring and number by number. */
    @ParameterizedTest
    @ValueSource(strings = {BaseMap.COASTLINE_RESOURCE, BaseMap.LOCATOR_RESOURCE})
    void theBundledMapsReadAsTheirTreesDo(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = BaseMap.class.getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        List<GeoJsonPolygons.Feature> streamed = GeoJsonPolygons.read(bytes);
        JsonNode tree = new ObjectMapper().readTree(bytes);
        List<String> fromTree = new ArrayList<>();
        for (JsonNode feature : tree.get("features")) {
            JsonNode shape = feature.get("geometry");
            List<JsonNode> parts = new ArrayList<>();
            if (shape.get("type").asText().equals("MultiPolygon")) {
                shape.get("coordinates").forEach(parts::add);
            } else {
                parts.add(shape.get("coordinates"));
            }
            for (JsonNode part : parts) {
                List<double[]> rings = new ArrayList<>();
                for (JsonNode ring : part) {
                    double[] lonLat = new double[2 * ring.size()];
                    for (int i = 0; i < ring.size(); i++) {
                        lonLat[2 * i] = ring.get(i).get(0).asDouble();
                        lonLat[2 * i + 1] = ring.get(i).get(1).asDouble();
                    }
                    rings.add(lonLat);
                }
                fromTree.add(feature.path("properties").path("island").asText(null) + " " + asText(rings));
            }
        }
        List<String> fromStream = new ArrayList<>();
        for (GeoJsonPolygons.Feature feature : streamed) {
            for (List<double[]> polygon : feature.polygons()) {
                fromStream.add(feature.islandId() + " " + asText(polygon));
            }
        }
        assertThat(fromStream).hasSizeGreaterThan(50).isEqualTo(fromTree);
    }

    private static String asText(List<double[]> rings) {
        return rings.stream().map(java.util.Arrays::toString).toList().toString();
    }
}
