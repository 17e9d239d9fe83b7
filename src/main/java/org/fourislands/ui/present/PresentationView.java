package org.fourislands.ui.present;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Tour;
import org.fourislands.ui.map.MapLegend;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.timeline.TimelineView;
import org.fourislands.ui.tour.Step;
import org.fourislands.ui.tour.TourSession;

/**
 * Presentation mode's screen: the map and the timeline large, a caption in large type, a
 * discreet step counter, and a black or white screen on demand. Keys reach it through
 * {@link #handleKey}, which the window calls from a key filter on its root so that the
 * canvases' own arrow keys never see the clicker's keys (decision 0008).
 *
 * <ul>
 *   <li>Forward: PageDown, Right, Space, Enter. Back: PageUp, Left, Backspace. Home/End: first/last.</li>
 *   <li>Digits then Enter: go to that step.</li>
 *   <li>B or "." toggles a black screen, W or "," a white one. While the screen is blank, a
 *       stepping key only reveals the current step again, so nobody misses one.</li>
 *   <li>Esc: first clears a blank screen or typed digits; otherwise leaves presentation mode.</li>
 * </ul>
 */
public final class PresentationView extends StackPane {

    private static final PseudoClass BLACK = PseudoClass.getPseudoClass("black");
    private static final PseudoClass WHITE = PseudoClass.getPseudoClass("white");
    /** The smallest share of its size the caption's type is fitted down to: still legible from the back of a room. */
    static final double MIN_CAPTION_SCALE = 0.65;

    private final ExplorerState state;
    private final TourSession tours;
    private final MapView map;
    private final TimelineView timeline;
    private final Label heading = new Label();
    private final Label title = new Label();
    private final Label date = new Label();
    private final Label text = new Label();
    private final Label counter = new Label();
    private final Label pending = new Label();
    private final VBox captionBody = new VBox(title, date, text);
    private final Label[] captionLabels = {title, date, text};
    /** The caption labels' font sizes as the theme gives them, before any fitting. */
    private final double[] themeSizes = new double[captionLabels.length];
    /** What the caption's type was last fitted to: the body's size, the type scale, the theme and the texts. */
    private String fittedFor = "";
    private double captionScale = 1;
    /** The step's event and whole text; the text label shows the text, or one page of it. */
    private HistoricalEvent shownEvent;
    private String stepText = "";
    /**
     * The step's text in pages, when it is too long to read whole even at the smallest type:
     * a stepping key shows the next page before the next step. Empty when it fits.
     */
    private List<String> pages = List.of();
    private int page;
    private final Region blankScreen = new Region();
    private final ObjectProperty<Blank> blank = new SimpleObjectProperty<>(this, "blank", Blank.NONE);
    private final ReadOnlyStringWrapper typedDigits = new ReadOnlyStringWrapper(this, "typedDigits", "");
    /** Share of the width the caption takes beside the map. */
    private static final double CAPTION_SHARE = 0.36;
    private Runnable onLeave = () -> { };
    private Runnable onHelp = () -> { };

    public PresentationView(ExplorerState state, TourSession tours) {
        this.state = state;
        this.tours = tours;
        getStyleClass().add("presentation-view");
        setId("presentation-view");
        map = new MapView(state);
        map.setId("presentation-map");
        timeline = new TimelineView(state);
        timeline.setId("presentation-timeline");
        // The step's event alone stands out: not the window's search or the island chosen there.
        map.studyHighlightsProperty().set(false);
        timeline.studyHighlightsProperty().set(false);
        // The overview strip is chrome for the pointer; without it the timeline's type is larger.
        timeline.overviewShownProperty().set(false);

        heading.getStyleClass().add("presentation-heading");
        heading.setId("presentation-heading");
        title.getStyleClass().add("presentation-title");
        title.setId("presentation-title");
        date.getStyleClass().add("presentation-date");
        date.setId("presentation-date");
        text.getStyleClass().add("presentation-text");
        text.setId("presentation-text");
        counter.getStyleClass().add("presentation-counter");
        counter.setId("presentation-counter");
        pending.getStyleClass().add("presentation-pending");
        for (Label label : new Label[] {heading, title, date, text}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.setMinHeight(0);
        VBox.setVgrow(text, Priority.ALWAYS);
        text.setMaxHeight(Double.MAX_VALUE);
        text.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(pending, gap, counter);
        footer.getStyleClass().add("presentation-footer");
        // At presentation sizes the legend would cover the islands: it goes under the caption instead.
        map.legendShownProperty().set(false);
        MapLegend legend = new MapLegend(map);
        legend.setId("presentation-legend");
        legend.prefHeightProperty().bind(heightProperty().multiply(0.22));
        legend.setMinHeight(Region.USE_PREF_SIZE);
        // Title, date and step text sit in a body whose type shrinks when a long step would
        // otherwise be cut off (see fitCaption); the body takes whatever height is left.
        captionBody.getStyleClass().add("presentation-caption-body");
        captionBody.setMinHeight(0);
        VBox.setVgrow(captionBody, Priority.ALWAYS);
        VBox caption = new VBox(heading, captionBody, legend, footer);
        caption.getStyleClass().add("presentation-caption");
        caption.setId("presentation-caption");
        caption.setAccessibleRole(AccessibleRole.TEXT);
        caption.prefWidthProperty().bind(widthProperty().multiply(CAPTION_SHARE));
        caption.minWidthProperty().bind(caption.prefWidthProperty());
        caption.setMaxWidth(Region.USE_PREF_SIZE);
        // The map above the timeline on the left; the caption the full height on the right, where a long text has room.
        map.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        VBox.setVgrow(map, Priority.ALWAYS);
        timeline.prefHeightProperty().bind(heightProperty().multiply(0.4));
        timeline.minHeightProperty().bind(timeline.prefHeightProperty());
        VBox views = new VBox(map, timeline);
        HBox.setHgrow(views, Priority.ALWAYS);
        HBox content = new HBox(views, caption);

        blankScreen.getStyleClass().add("blank-screen");
        blankScreen.setId("blank-screen");
        blankScreen.setVisible(false);
        blank.addListener((obs, old, now) -> {
            blankScreen.setVisible(now != Blank.NONE);
            blankScreen.pseudoClassStateChanged(BLACK, now == Blank.BLACK);
            blankScreen.pseudoClassStateChanged(WHITE, now == Blank.WHITE);
        });
        getChildren().addAll(content, blankScreen);

        tours.currentProperty().addListener(obs -> update());
        tours.countProperty().addListener(obs -> update());
        tours.tourProperty().addListener(obs -> update());
        state.namingProperty().addListener(obs -> update());
        state.scriptProperty().addListener(obs -> update());
        typedDigits.addListener(obs -> update());
        tours.addArrivalListener(step -> {
            if (step.view() != null) {
                map.flyToExtent(step.view());
            }
        });
        update();
    }

    /** What to run when the presenter leaves (Esc). */
    public void setOnLeave(Runnable action) {
        onLeave = action;
    }

    /** What to run for the shortcut sheet (F1 or ?). */
    public void setOnHelp(Runnable action) {
        onHelp = action;
    }

    /** Called on entering: no blank screen, no typed digits, and a step to show. */
    public void enter() {
        blank.set(Blank.NONE);
        typedDigits.set("");
        // Arrive again, so that the map shows the step's own view (the tour may have started in the
        // window, and the user may have looked at other events since).
        tours.arriveAgain();
        update();
        map.requestFocus();
    }

    /**
     * Handles a key pressed anywhere in the window while presenting; consumes the keys it uses
     * and lets the others (map zoom with + and −, say) reach the focused control.
     */
    public void handleKey(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            if ("?".equals(event.getCharacter())) {
                onHelp.run();
                event.consume();
            }
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (event.isShiftDown() && code.isArrowKey()) {
            // Shift+arrows pan the map (its own handler): the plain arrows step, as a clicker's do.
            return;
        }
        boolean handled = true;
        if (code.isDigitKey()) {
            // No more digits than the last step's number has: a held key or a stray eleventh digit overflowed int.
            if (typedDigits.get().length() < Integer.toString(Math.max(1, tours.getCount())).length()) {
                typedDigits.set(typedDigits.get() + digitOf(code));
            }
        } else {
            switch (code) {
                case PAGE_DOWN, RIGHT, DOWN, SPACE -> forward();
                case ENTER -> {
                    if (typedDigits.get().isEmpty()) {
                        forward();
                    } else {
                        goToTyped();
                    }
                }
                case BACK_SPACE -> {
                    String typed = typedDigits.get();
                    if (typed.isEmpty()) {
                        back();
                    } else {
                        typedDigits.set(typed.substring(0, typed.length() - 1));
                    }
                }
                case PAGE_UP, LEFT, UP -> back();
                case HOME -> step(tours::first);
                case END -> step(tours::last);
                case B, PERIOD -> toggle(Blank.BLACK);
                case W, COMMA -> toggle(Blank.WHITE);
                case F1 -> onHelp.run();
                case ESCAPE -> escape();
                default -> handled = false;
            }
        }
        if (handled) {
            event.consume();
        }
    }

    private static char digitOf(KeyCode code) {
        String name = code.getName();
        return name.charAt(name.length() - 1);
    }

    /** A stepping key: reveals a blank screen without moving, otherwise steps. */
    private void step(Runnable move) {
        if (blank.get() != Blank.NONE) {
            blank.set(Blank.NONE);
            return;
        }
        typedDigits.set("");
        move.run();
    }

    /** Forward: the next page of a step's long text, else the next step. */
    private void forward() {
        step(() -> {
            if (page < pages.size() - 1) {
                showPage(page + 1);
            } else {
                tours.next();
            }
        });
    }

    /** Back: the page before of a step's long text, else the step before. */
    private void back() {
        step(() -> {
            if (page > 0) {
                showPage(page - 1);
            } else {
                tours.previous();
            }
        });
    }

    private void showPage(int index) {
        page = index;
        text.setText(pages.get(page));
        updateCounter();
    }

    private void goToTyped() {
        int number = Integer.parseInt(typedDigits.get());
        typedDigits.set("");
        blank.set(Blank.NONE);
        tours.goTo(number - 1);
    }

    private void toggle(Blank screen) {
        blank.set(blank.get() == screen ? Blank.NONE : screen);
    }

    private void escape() {
        if (blank.get() != Blank.NONE) {
            blank.set(Blank.NONE);
        } else if (!typedDigits.get().isEmpty()) {
            typedDigits.set("");
        } else {
            onLeave.run();
        }
    }

    private void update() {
        Tour tour = tours.getTour();
        heading.setText(tour == null ? (state.getFilter().isActive() ? "Events (filtered)" : "Events") : state.render(tour.title()));
        Step step = tours.getCurrent();
        HistoricalEvent event = step == null ? state.getSelectedEvent() : step.event();
        title.setText(event == null ? "" : state.render(event.title()));
        date.setText(event == null ? "" : event.date().toDisplayText());
        String newText = step == null ? "" : state.render(step.caption());
        if (event != shownEvent || !newText.equals(stepText)) {
            // A new step (or the same in other names) starts on its first page; fitCaption pages it anew.
            shownEvent = event;
            stepText = newText;
            pages = List.of();
            page = 0;
            text.setText(stepText);
        }
        updateCounter();
        pending.setText(typedDigits.get().isEmpty() ? "" : "Go to step " + typedDigits.get() + " — Enter");
    }

    /** "34 / 132", and which page of a long text is shown: "34 / 132 · part 1 of 2". */
    private void updateCounter() {
        String steps = tours.counterText();
        String part = pages.size() > 1 ? String.format(Locale.ROOT, " · part %d of %d", page + 1, pages.size()) : "";
        counter.setText(steps + part);
        counter.setAccessibleText("Step " + steps.replace(" / ", " of ")
                + (part.isEmpty() ? "" : String.format(Locale.ROOT, ", part %d of %d", page + 1, pages.size())));
    }

    /**
     * Lays the screen out, then fits the caption: a presenter reads the whole step from the
     * screen, so a text that would be cut off makes the title, date and text smaller together,
     * down to {@value #MIN_CAPTION_SCALE} of their size. A text too long even then goes in pages
     * of whole sentences. At 1280×720 a third of the bundled tours' steps were cut off before,
     * and without a tour a quarter of the events' summaries lost their last sentences, often a
     * government's reading of the event.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitCaption();
    }

    private void fitCaption() {
        double width = captionBody.getWidth();
        double height = captionBody.getHeight();
        // The type scale and the theme set the labels' own sizes, which the fitted sizes replace.
        String inputs = width + "×" + height + " " + state.getTypeScale() + " " + state.getTheme() + ":"
                + title.getText() + "\n" + date.getText() + "\n" + stepText;
        if (width <= 0 || height <= 0 || inputs.equals(fittedFor)) {
            return;
        }
        fittedFor = inputs;
        // The theme's sizes first (they follow the presentation type scale), then a share of them.
        text.setText(stepText);
        applyCaptionScale(1);
        for (int i = 0; i < captionLabels.length; i++) {
            themeSizes[i] = captionLabels[i].getFont().getSize();
        }
        double scale = 1;
        pages = List.of();
        if (!fitsAsSet(width, height)) {
            double fits = MIN_CAPTION_SCALE;
            double tooBig = 1;
            if (captionFits(fits, width, height)) {
                // Halving the interval six times puts the size within half a percent of the largest that fits.
                for (int i = 0; i < 6; i++) {
                    double middle = (fits + tooBig) / 2;
                    if (captionFits(middle, width, height)) {
                        fits = middle;
                    } else {
                        tooBig = middle;
                    }
                }
            } else {
                pages = paged(width, height);
            }
            scale = fits;
        }
        if (captionScale != scale) {
            // The search ended on a size that did not fit.
            applyCaptionScale(scale);
        }
        if (pages.isEmpty()) {
            page = 0;
            text.setText(stepText);
        } else {
            // The same step laid out anew (another window size) keeps its place as near as it can.
            page = Math.min(page, pages.size() - 1);
            text.setText(pages.get(page));
        }
        updateCounter();
        captionBody.layout();
    }

    /**
     * The step's text in pages of whole sentences, each as long as fits beside the title and
     * date at the type the caption has now. A single sentence longer than a page has a page to
     * itself (and is cut off there).
     */
    private List<String> paged(double width, double height) {
        List<String> result = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(stepText);
        int pageStart = 0;
        int fitsTo = 0;
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            text.setText(stepText.substring(pageStart, end).strip());
            if (!fitsAsSet(width, height) && fitsTo > pageStart) {
                result.add(stepText.substring(pageStart, fitsTo).strip());
                pageStart = fitsTo;
            }
            fitsTo = end;
        }
        result.add(stepText.substring(pageStart).strip());
        return List.copyOf(result);
    }

    /** True when title, date and text at {@code scale} need no more than the body's height. */
    private boolean captionFits(double scale, double width, double height) {
        applyCaptionScale(scale);
        return fitsAsSet(width, height);
    }

    /** True when title, date and text, at the size they have now, need no more than the body's height. */
    private boolean fitsAsSet(double width, double height) {
        Insets insets = captionBody.getInsets();
        double inner = width - insets.getLeft() - insets.getRight();
        double needed = insets.getTop() + insets.getBottom() + captionBody.getSpacing() * (captionLabels.length - 1);
        for (Label label : captionLabels) {
            needed += label.prefHeight(inner);
        }
        return needed <= height;
    }

    /**
     * Sets each label's size in pixels: an {@code em} size on the body would not do, since a
     * label's {@code em} then counts from the body's size alone and drops the presentation type
     * scale that the view's own style sets.
     */
    private void applyCaptionScale(double scale) {
        captionScale = scale;
        for (int i = 0; i < captionLabels.length; i++) {
            captionLabels[i].setStyle(scale == 1 ? null : String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", themeSizes[i] * scale));
        }
        captionBody.applyCss();
    }

    /** How large the caption's type is now, as a share of its size in the theme (1 when the step fits). */
    public double captionScale() {
        return captionScale;
    }

    public Blank getBlank() {
        return blank.get();
    }

    /** Digits typed towards "go to step N". */
    public ReadOnlyStringProperty typedDigitsProperty() {
        return typedDigits.getReadOnlyProperty();
    }

    public MapView map() {
        return map;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The caption as shown: title, date and step text (the page shown, of a long one), for tests and screen readers. */
    public String captionText() {
        return String.join("\n", title.getText(), date.getText(), text.getText());
    }

    /** The step's text in the pages it is shown in: one, unless it is too long to read whole at the smallest type. */
    public List<String> pages() {
        return pages.isEmpty() ? List.of(stepText) : pages;
    }

    public String counterText() {
        return counter.getText();
    }
}
