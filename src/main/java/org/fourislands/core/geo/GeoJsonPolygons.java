package org.fourislands.core.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the polygons of a GeoJSON FeatureCollection of Polygon and MultiPolygon features, with
 * each feature's optional {@code island} property, in one streaming pass. A tree of the 1.3 MB
 * coastline was some 120,000 number nodes, built on a cold JVM while the window starts: the
 * slowest part of opening the map (docs/performance.md, session 8).
 */
final class GeoJsonPolygons {

    /**
     * With the fast double parser that jackson-core carries: the same correctly rounded doubles
     * (the bundled coastline's test compares them with the JDK's), and the 120,000 numbers of the
     * coastline read in 165–210 ms on a cold JVM instead of about 230.
     */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    /** One feature: its island id (null when it has none) and its polygons, each a list of rings of lon/lat pairs, exterior first. */
    record Feature(String islandId, List<List<double[]>> polygons) {}

    private GeoJsonPolygons() {}

    static List<Feature> read(byte[] geojson) throws IOException {
        List<Feature> features = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(geojson)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "a FeatureCollection object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("features")) {
                    expect(parser, value, JsonToken.START_ARRAY, "an array of features");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        features.add(feature(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return features;
    }

    private static Feature feature(JsonParser parser) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_OBJECT, "a feature object");
        String islandId = null;
        List<List<double[]>> polygons = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                islandId = islandProperty(parser);
            } else if (field.equals("geometry")) {
                expect(parser, value, JsonToken.START_OBJECT, "a geometry object");
                polygons = polygons(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (polygons == null) {
            throw new JsonParseException(parser, "a feature without a geometry");
        }
        return new Feature(islandId, polygons);
    }

    private static String islandProperty(JsonParser parser) throws IOException {
        String islandId = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("island") && value == JsonToken.VALUE_STRING) {
                islandId = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return islandId;
    }

    /** A Polygon's or MultiPolygon's rings, told apart by their depth, so "type" may come before or after them. */
    @SuppressWarnings("unchecked")
    private static List<List<double[]>> polygons(JsonParser parser) throws IOException {
        Object coordinates = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("coordinates")) {
                expect(parser, value, JsonToken.START_ARRAY, "an array of coordinates");
                coordinates = nested(parser, null);
            } else {
                parser.skipChildren();
            }
        }
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            throw new JsonParseException(parser, "a geometry without polygon coordinates");
        }
        if (list.getFirst() instanceof double[]) {
            return List.of((List<double[]>) list);
        }
        return (List<List<double[]>>) list;
    }

    /**
     * Reads the array the parser is at. A position ({@code [lon, lat, …]}) is appended to
     * {@code ring} and gives null; an array of positions gives its ring as lon/lat pairs; any
     * deeper array gives the list of what its elements gave.
     */
    private static Object nested(JsonParser parser, Positions ring) throws IOException {
        JsonToken token = parser.nextToken();
        if (token.isNumeric()) {
            if (ring == null) {
                throw new JsonParseException(parser, "a position outside a ring");
            }
            double lon = parser.getDoubleValue();
            JsonToken latitude = parser.nextToken();
            if (latitude == null || !latitude.isNumeric()) {
                throw new JsonParseException(parser, "expected a latitude, found " + latitude);
            }
            ring.add(lon, parser.getDoubleValue());
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();  // an altitude, if any
            }
            return null;
        }
        List<Object> children = new ArrayList<>();
        Positions positions = new Positions();
        for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            expect(parser, token, JsonToken.START_ARRAY, "an array");
            Object child = nested(parser, positions);
            if (child != null) {
                children.add(child);
            }
        }
        return positions.size == 0 ? children : positions.toArray();
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what) throws JsonParseException {
        if (actual != expected) {
            throw new JsonParseException(parser, "expected " + what + ", found " + actual);
        }
    }

    /** A growing array of lon/lat pairs. */
    private static final class Positions {
        private double[] values = new double[64];
        private int size;

        void add(double lon, double lat) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = lon;
            values[size++] = lat;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
