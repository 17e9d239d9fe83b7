package org.fourislands.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.fourislands.core.data.Credits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps packaging/ and the pom's package profile in step with each other and with the app,
 * without jpackage: what the profile builds is checked by building it (packaging/README.md).
 */
class PackagingTest {

    private static final Path ICONS = Path.of("packaging/icons");
    private static final Path LINUX = Path.of("packaging/linux");
    private static final Path LICENSES = Path.of("packaging/licenses");

    private static String pom() throws IOException {
        return Files.readString(Path.of("pom.xml"));
    }

    /** The package profile's property {@code name}, as written in the pom. */
    private static String property(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom());
        assertThat(m.find()).as("the pom's property %s", name).isTrue();
        return m.group(1).strip();
    }

    /** The argument after {@code option} in the profile's jpackage call for the .deb. */
    private static String debArgument(String option) throws IOException {
        String pom = pom();
        String deb = pom.substring(pom.indexOf("<id>package-deb</id>"));
        Matcher m = Pattern.compile("<argument>" + Pattern.quote(option) + "</argument>\\s*<argument>([^<]+)</argument>").matcher(deb);
        assertThat(m.find()).as("the .deb's %s", option).isTrue();
        return m.group(1).strip();
    }

    private static Map<String, String> desktopEntry() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(LINUX.resolve(property("package.name") + ".desktop"), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("[Desktop Entry]");
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void everyIconSizeIsThereAndAsLargeAsItsNameSays(int size) throws IOException {
        BufferedImage icon = ImageIO.read(ICONS.resolve("four-islands-" + size + ".png").toFile());
        assertThat(icon.getWidth()).isEqualTo(size);
        assertThat(icon.getHeight()).isEqualTo(size);
        assertThat(icon.getColorModel().hasAlpha()).as("rounded corners over any background").isTrue();
    }

    /** Windows' .ico: a directory of images, where a width byte of 0 means 256 px. */
    @Test
    void theWindowsIconHoldsEverySizeUpTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("four-islands.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < ico.getShort(4); i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }
        assertThat(sizes).containsExactly(16, 32, 48, 64, 128, 256);
    }

    /** macOS' .icns: a length and then typed, length-prefixed elements, one per size (with a mask for the old ones). */
    @Test
    void theMacIconHoldsEverySizeUpTo512() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("four-islands.icns")));
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("the family's length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            types.add(new String(icns.array(), at, 4, StandardCharsets.US_ASCII));
        }
        // 16, 32, 48 and 128 px as RGB with a mask, 256 and 512 px whole.
        assertThat(types).contains("is32", "s8mk", "il32", "l8mk", "ih32", "h8mk", "it32", "t8mk", "ic08", "ic09");
    }

    @Test
    void theDesktopEntryStartsAndShowsWhatTheProfileInstalls() throws IOException {
        Map<String, String> entry = desktopEntry();
        String name = property("package.name");
        Path installed = Path.of(debArgument("--install-dir"), name);
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "Four Islands").containsKeys("GenericName", "Comment")
                .containsEntry("Terminal", "false");
        assertThat(entry.get("Categories").split(";")).contains("Education", "Geography");
        // jpackage's launcher is bin/NAME and the icon it installs lib/NAME.png.
        assertThat(entry).containsEntry("Exec", installed.resolve("bin").resolve(name).toString())
                .containsEntry("Icon", installed.resolve("lib").resolve(name + ".png").toString());
        // Docks match the window to its entry by the window's class, which JavaFX names after the Application.
        assertThat(entry).containsEntry("StartupWMClass", FourIslandsApp.class.getName());
    }

    /**
     * The .deb carries the entry as lib/NAME-NAME.desktop (xdg-desktop-menu wants a vendor
     * prefix); packaging/linux's maintainer scripts put that file into the menu and take it out.
     */
    @Test
    void theMaintainerScriptsHandleTheEntryTheDebCarries() throws IOException {
        String name = property("package.name");
        Path entry = Path.of(debArgument("--install-dir"), name, "lib", name + "-" + name + ".desktop");
        assertThat(Files.readString(LINUX.resolve("postinst"))).contains("xdg-desktop-menu install " + entry);
        assertThat(Files.readString(LINUX.resolve("prerm"))).contains("xdg-desktop-menu uninstall " + entry);
        assertThat(LINUX.resolve("postinst")).isExecutable();
        assertThat(LINUX.resolve("prerm")).isExecutable();
    }

    /** From an app image jpackage takes the .deb's icon from the resource folder, by the package's name, not from --icon. */
    @Test
    void theDebsIconIsTheAppImagesIcon() throws IOException {
        Path imageIcon = Path.of(property("package.icon").replace("${project.basedir}/", ""));
        assertThat(imageIcon).isEqualTo(ICONS.resolve("four-islands-256.png"));
        assertThat(debArgument("--resource-dir")).isEqualTo("${project.basedir}/" + LINUX);
        assertThat(LINUX.resolve(property("package.name") + ".png")).hasSameBinaryContentAs(imageIcon);
    }

    /** The licence texts the About box offers are the ones the installers carry, and no others. */
    @Test
    void theInstallersCarryEveryLicenceTextTheAboutBoxOffers() throws IOException {
        List<String> offered = Credits.LICENCES.stream().map(licence -> licence.resource().replace("/licenses/", "")).toList();
        try (Stream<Path> files = Files.list(LICENSES)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(offered);
        }
        assertThat(pom()).contains("<argument>${project.basedir}/packaging/licenses,");
        Matcher named = Pattern.compile("/opt/four-islands/lib/licenses/([\\w.-]+\\.txt)").matcher(Files.readString(LINUX.resolve("copyright")));
        int count = 0;
        while (named.find()) {
            assertThat(LICENSES.resolve(named.group(1))).as("the .deb's copyright file names it").exists();
            count++;
        }
        assertThat(count).isPositive();
    }

    /**
     * The start-up cache the app image's JVM is told to load is the one the training run wrote,
     * which the image carries in lib/; $APPDIR is lib/app (the launcher left $ROOTDIR empty once
     * installed, and the app then ran without its cache, saying nothing).
     */
    @Test
    void theAppImageLoadsTheCacheItCarries() throws IOException {
        String pom = pom();
        assertThat(pom).contains("-XX:AOTCacheOutput=${package.staging}/four-islands.aot ")
                .contains("<argument>${project.basedir}/packaging/licenses,${package.staging}/four-islands.aot</argument>")
                .contains("<argument>-XX:AOTCache=$APPDIR/../four-islands.aot</argument>")
                .doesNotContainPattern("<argument>[^<]*\\$ROOTDIR");
    }

    @Test
    void thePackagesVersionIsTheProjectsWithoutSnapshot() throws IOException {
        Matcher project = Pattern.compile("<artifactId>four-islands</artifactId>\\s*<version>([^<]+)</version>").matcher(pom());
        assertThat(project.find()).isTrue();
        assertThat(property("package.version")).isEqualTo(project.group(1).replace("-SNAPSHOT", ""));
    }
}
