package org.fourislands.ui.export;

import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.query.EventFilter;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.theme.Theme;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything an export is asked for. Immutable; the dialog and the command line build it with
 * {@link #builder}.
 *
 * @param title the title to print; null for the default, which says what and when
 * @param range the timeline's span
 * @param date the map's date, and the timeline's playhead (null: no playhead on a timeline)
 * @param mapExtent the map area to show, in projected metres; null frames the four islands
 * @param eventId the event a slide is about: its caption, and its marker highlighted
 * @param caption a slide's caption instead of the event's title and date; null for that default
 * @param typeScale multiplies every font size; 0 scales type to the size ({@link ExportSize#defaultTypeScale})
 * @param pollId the poll a poll chart shows
 * @param showStrips whether a timeline shows the islands' status strips
 */
public record ExportOptions(
        ExportKind kind,
        ExportFormat format,
        ExportSize size,
        Theme theme,
        boolean transparent,
        String title,
        boolean showTitle,
        boolean showLegend,
        boolean showFooter,
        TimeWindow range,
        HistoricalDate date,
        Envelope mapExtent,
        String eventId,
        String caption,
        EventFilter filter,
        NamingConvention naming,
        Script script,
        double typeScale,
        String pollId,
        boolean showStrips) {

    /** The whole span of the dataset's story. */
    public static final TimeWindow FULL_RANGE = TimeWindow.covering(HistoricalDate.ofYear(1855), HistoricalDate.ofYear(2024));

    public ExportOptions {
        if (transparent && !format.supportsTransparency()) {
            throw new IllegalArgumentException("a transparent background is only possible in PNG");
        }
    }

    /** The defaults for {@code kind}: a 1920×1080 PNG in the light theme, with title, legend and footer. */
    public static Builder builder(ExportKind kind) {
        return new Builder(kind);
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.format = format;
        b.size = size;
        b.theme = theme;
        b.transparent = transparent;
        b.title = title;
        b.showTitle = showTitle;
        b.showLegend = showLegend;
        b.showFooter = showFooter;
        b.range = range;
        b.date = date;
        b.mapExtent = mapExtent;
        b.eventId = eventId;
        b.caption = caption;
        b.filter = filter;
        b.naming = naming;
        b.script = script;
        b.typeScale = typeScale;
        b.pollId = pollId;
        b.showStrips = showStrips;
        return b;
    }

    /** The type scale in effect. */
    public double effectiveTypeScale() {
        return typeScale > 0 ? typeScale : size.defaultTypeScale();
    }

    /** Collects options; {@link #build} checks them. */
    public static final class Builder {
        private ExportKind kind;
        private ExportFormat format = ExportFormat.PNG;
        private ExportSize size = ExportSize.FULL_HD;
        private Theme theme = Theme.LIGHT;
        private boolean transparent;
        private String title;
        private boolean showTitle = true;
        private boolean showLegend = true;
        private boolean showFooter = true;
        private TimeWindow range = FULL_RANGE;
        private HistoricalDate date;
        private Envelope mapExtent;
        private String eventId;
        private String caption;
        private EventFilter filter = EventFilter.NONE;
        private NamingConvention naming = NamingConvention.BOTH;
        private Script script = Script.LATIN;
        private double typeScale;
        private String pollId;
        private boolean showStrips = true;

        private Builder(ExportKind kind) {
            this.kind = kind;
            this.date = kind == ExportKind.TIMELINE ? null : HistoricalDate.ofYear(1855);
        }

        public Builder kind(ExportKind value) {
            kind = value;
            return this;
        }

        public Builder format(ExportFormat value) {
            format = value;
            return this;
        }

        public Builder size(ExportSize value) {
            size = value;
            return this;
        }

        public Builder theme(Theme value) {
            theme = value;
            return this;
        }

        public Builder transparent(boolean value) {
            transparent = value;
            return this;
        }

        /** The title to print, or null for the default. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** Which of the title, legend and attribution footer to draw. */
        public Builder parts(boolean withTitle, boolean withLegend, boolean withFooter) {
            showTitle = withTitle;
            showLegend = withLegend;
            showFooter = withFooter;
            return this;
        }

        public Builder range(TimeWindow value) {
            range = value;
            return this;
        }

        public Builder date(HistoricalDate value) {
            date = value;
            return this;
        }

        public Builder mapExtent(Envelope value) {
            mapExtent = value;
            return this;
        }

        /** The event a slide is about, and a custom caption (null for the event's title and date). */
        public Builder event(String id, String customCaption) {
            eventId = id;
            caption = customCaption;
            return this;
        }

        public Builder filter(EventFilter value) {
            filter = value;
            return this;
        }

        public Builder names(NamingConvention convention, Script newScript) {
            naming = convention;
            script = newScript;
            return this;
        }

        public Builder typeScale(double value) {
            typeScale = value;
            return this;
        }

        /** Whether a timeline shows the islands' status strips. */
        public Builder strips(boolean value) {
            showStrips = value;
            return this;
        }

        public Builder poll(String id) {
            pollId = id;
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(kind, format, size, theme, transparent && format.supportsTransparency(), title, showTitle, showLegend,
                    showFooter, range, date, mapExtent, eventId, caption, filter, naming, script, typeScale, pollId, showStrips);
        }
    }
}
