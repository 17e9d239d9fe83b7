package org.fourislands.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.fourislands.core.io.AtomicWrite;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.ui.theme.Theme;

/**
 * Reads and writes {@link Settings} as a small JSON file in the user's configuration folder.
 * Reading never fails: a missing file gives the defaults, an unreadable or corrupted one gives
 * the defaults and a warning, and a bad value gives that value's default and a warning, so a
 * broken file can never stop the app from starting. Writing is atomic ({@link AtomicWrite}): a
 * crash leaves the old or the new file whole.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** What was read, and what was wrong with it (empty when all was well). */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The settings file of this user: under XDG_CONFIG_HOME (or ~/.config), %APPDATA%, or ~/Library/Application Support. */
    public static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path folder;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            folder = Path.of(System.getenv("APPDATA"), "Four Islands");
        } else if (os.contains("mac")) {
            folder = home.resolve("Library/Application Support/Four Islands");
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            folder = (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("four-islands");
        }
        return folder.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** Reads the settings; see the class comment for what happens when the file is missing or broken. */
    public Loaded load() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, List.of());
        } catch (IOException | RuntimeException e) {
            return warnOnly("The settings file " + file + " could not be read (" + firstLine(e) + "); the defaults are used.");
        }
        if (root == null || !root.isObject()) {
            return warnOnly("The settings file " + file + " is not a JSON object; the defaults are used.");
        }
        List<String> warnings = new ArrayList<>();
        Settings d = Settings.DEFAULTS;
        String tourId = tourId(root.get("tour"), warnings);
        Settings settings = new Settings(
                value(root, "theme", Theme::fromId, d.theme(), warnings),
                scale(root, "textScale", d.textScale(), warnings),
                scale(root, "presentationScale", d.presentationScale(), warnings),
                value(root, "naming", s -> NamingConvention.valueOf(s.toUpperCase(Locale.ROOT)), d.naming(), warnings),
                value(root, "script", s -> Script.valueOf(s.toUpperCase(Locale.ROOT)), d.script(), warnings),
                flag(root, "animations", d.animations(), warnings),
                layout(root, d.layout(), warnings),
                tourId,
                tourId == null ? 0 : tourStep(root.get("tour"), warnings));
        for (String warning : warnings) {
            LOG.log(System.Logger.Level.WARNING, warning);
        }
        return new Loaded(settings, warnings);
    }

    private static Loaded warnOnly(String warning) {
        LOG.log(System.Logger.Level.WARNING, warning);
        return new Loaded(Settings.DEFAULTS, List.of(warning));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private <T> T value(JsonNode root, String name, Function<String, T> parse, T fallback, List<String> warnings) {
        JsonNode node = root.get(name);
        if (node == null) {
            return fallback;
        }
        try {
            return parse.apply(node.asText());
        } catch (IllegalArgumentException e) {
            warnings.add("Setting \"" + name + "\" has an unknown value " + node + " in " + file + "; the default is used.");
            return fallback;
        }
    }

    private double scale(JsonNode root, String name, double fallback, List<String> warnings) {
        JsonNode node = root.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() < Settings.MIN_SCALE || node.asDouble() > Settings.MAX_SCALE) {
            warnings.add("Setting \"" + name + "\" should be a number from " + Settings.MIN_SCALE + " to " + Settings.MAX_SCALE
                    + ", not " + node + " in " + file + "; the default is used.");
            return fallback;
        }
        return node.asDouble();
    }

    private boolean flag(JsonNode root, String name, boolean fallback, List<String> warnings) {
        JsonNode node = root.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            warnings.add("Setting \"" + name + "\" should be true or false, not " + node + " in " + file + "; the default is used.");
            return fallback;
        }
        return node.asBoolean();
    }

    /** The id of the tour left last, or null when there is none or it is unreadable. */
    private String tourId(JsonNode tour, List<String> warnings) {
        if (tour == null) {
            return null;
        }
        JsonNode id = tour.get("id");
        if (id == null || !id.isTextual()) {
            warnings.add("Setting \"tour\" should be a tour's id and step, such as {\"id\": \"cold-war-freeze\", \"step\": 0}, not "
                    + tour + " in " + file + "; no tour is resumed.");
            return null;
        }
        return id.asText();
    }

    /** The 0-based step the tour was left at; its first step when none is given. */
    private int tourStep(JsonNode tour, List<String> warnings) {
        JsonNode step = tour.get("step");
        if (step == null) {
            return 0;
        }
        if (!step.isIntegralNumber() || !step.canConvertToInt() || step.intValue() < 0) {
            warnings.add("Setting \"tour.step\" should be a whole number from 0, not " + step + " in " + file
                    + "; the tour resumes at its first step.");
            return 0;
        }
        return step.intValue();
    }

    private List<Double> layout(JsonNode root, List<Double> fallback, List<String> warnings) {
        JsonNode node = root.get("layout");
        if (node == null) {
            return fallback;
        }
        List<Double> positions = new ArrayList<>();
        node.forEach(p -> positions.add(p.isNumber() ? p.asDouble() : Double.NaN));
        if (!node.isArray() || positions.size() != 3 || positions.stream().anyMatch(p -> !(p >= 0 && p <= 1))) {
            warnings.add("Setting \"layout\" should be three positions from 0 to 1, not " + node + " in " + file + "; the default is used.");
            return fallback;
        }
        return positions;
    }

    /** Writes the settings atomically (see the class comment). */
    public void save(Settings settings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", settings.theme().id());
        root.put("textScale", settings.textScale());
        root.put("presentationScale", settings.presentationScale());
        root.put("naming", settings.naming().name().toLowerCase(Locale.ROOT));
        root.put("script", settings.script().name().toLowerCase(Locale.ROOT));
        root.put("animations", settings.animations());
        ArrayNode layout = root.putArray("layout");
        settings.layout().forEach(layout::add);
        if (settings.tourId() != null) {
            root.putObject("tour").put("id", settings.tourId()).put("step", settings.tourStep());
        }
        byte[] json = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicWrite.write(file, true, out -> out.write(json));
    }
}
