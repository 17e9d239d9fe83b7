package org.fourislands.ui.map;

import java.util.List;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyEvent;
import org.fourislands.ui.canvas.CanvasControl;
import org.fourislands.ui.canvas.CanvasSkin;

/**
 * A map's legend drawn beside it instead of over it — presentation mode puts it in the caption
 * column, where large type does not cover the islands. It shows what the map's last drawing
 * had in view, in the map's theme colours and hatching.
 */
public final class MapLegend extends CanvasControl {

    private final MapView map;

    public MapLegend(MapView map) {
        this.map = map;
        getStyleClass().add("map-legend");
        setFocusTraversable(false);
    }

    @Override
    public String accessibleDescription() {
        return "Map legend: " + String.join("; ", map.legendEntriesProperty().get().stream().map(StatusLegend.Entry::text).toList());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LegendSkin(this);
    }

    private static final double MIN_TYPE = 8;

    private static final class LegendSkin extends CanvasSkin<MapLegend> {
        private final StatusLegend legend = new StatusLegend();

        LegendSkin(MapLegend control) {
            super(control, 50, 20, 300, 120);
            MapView map = control.map;
            redrawOn(control.widthProperty(), control.heightProperty(), map.legendEntriesProperty(), map.state().typeScaleProperty());
        }

        @Override
        protected void draw() {
            MapView map = getSkinnable().map;
            var palette = palette(map.state().getTypeScale());
            surface.usePalette(palette);
            surface.clear();
            List<StatusLegend.Entry> entries = map.legendEntriesProperty().get();
            double w = surface.width();
            double h = surface.height();
            // The largest type, down to 8 px, in which every word fits the width and all rows, long
            // entries wrapped, fit the height: "Union of Soviet Socialist Republics (USSR)" takes two
            // lines in a projector's type rather than shrinking the whole legend to half its size.
            double size = 12 * palette.typeScale();
            while (size > MIN_TYPE && (legend.rowHeight(surface, entries, w, size) > h || legend.widestWord(surface, entries, size) > w)) {
                size *= 0.92;
            }
            legend.drawRow(surface, palette, entries, 0, 0, w, size);
        }

        @Override
        protected void onKey(KeyEvent event) {
            // Nothing to do: the legend only explains.
        }
    }
}
