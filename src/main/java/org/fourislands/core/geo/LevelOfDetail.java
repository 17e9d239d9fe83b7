package org.fourislands.core.geo;

import java.util.List;

/**
 * The whole base map simplified with one tolerance (metres; 0 is full detail). Ring sets are
 * indexed like {@link BaseMap#polygons()}.
 */
public record LevelOfDetail(double toleranceMetres, List<RingSet> rings, int vertexCount) {}
