package org.fourislands.ui.map;

import static org.fourislands.ui.common.ToolButtons.button;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.fourislands.ui.state.ExplorerState;

/** The map with its tool bar: zoom, fit, whole region and the distance tool. */
public final class MapPane extends BorderPane {

    private final MapView map;

    public MapPane(ExplorerState state) {
        getStyleClass().add("map-pane");
        map = new MapView(state);
        map.setId("map-view");
        Button zoomIn = button("+", "Zoom in (+)", () -> map.zoomBy(1.5));
        zoomIn.setId("map-zoom-in");
        Button zoomOut = button("−", "Zoom out (−)", () -> map.zoomBy(1 / 1.5));
        zoomOut.setId("map-zoom-out");
        Button fit = button("Four islands", "Fit the four islands (F)", map::fitDisputedIslands);
        fit.setId("map-fit-islands");
        Button region = button("Whole region", "Show Hokkaido to Kamchatka (0)", map::showWholeRegion);
        region.setId("map-whole-region");
        ToggleButton measure = new ToggleButton("Distance");
        measure.setId("map-distance-tool");
        measure.setTooltip(new Tooltip("Click two points on the map to measure the distance between them (D). "
                + "From the keyboard, Enter sets a point at the crosshair in the middle of the map."));
        measure.selectedProperty().bindBidirectional(map.measuringProperty());
        ToggleButton legend = new ToggleButton("Legend");
        legend.setId("map-legend-toggle");
        legend.setTooltip(new Tooltip("Show or hide the legend"));
        legend.selectedProperty().bindBidirectional(map.legendShownProperty());
        Label hint = new Label();
        hint.getStyleClass().add("map-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(map.measuringProperty())
                .then("Click two points to measure").otherwise(""));
        ToolBar bar = new ToolBar(zoomIn, zoomOut, fit, region, measure, legend, hint);
        bar.getStyleClass().add("map-toolbar");
        setTop(bar);
        setCenter(map);
    }

    public MapView map() {
        return map;
    }
}
