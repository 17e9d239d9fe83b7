package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The list of libraries the application redistributes (decision 0015) keeps up with pom.xml:
 * every dependency that is not for tests has its row, at the version the build pins, in the
 * list that ships inside the jar.
 */
class ThirdPartyNoticesTest {

    /** How the list names each dependency the pom declares; a new dependency needs its row and its name here. */
    private static final Map<String, String> ROW_NAMES = Map.ofEntries(
            Map.entry("javafx-controls", "OpenJFX"),
            Map.entry("jackson-databind", "Jackson (core"),
            Map.entry("json-schema-validator", "networknt"),
            Map.entry("slf4j-nop", "SLF4J"),
            Map.entry("jts-core", "JTS Topology Suite"),
            Map.entry("proj4j", "Proj4J"),
            Map.entry("GeographicLib-Java", "GeographicLib-Java"),
            Map.entry("picocli", "picocli"),
            Map.entry("commons-text", "Apache Commons Text"),
            Map.entry("org.jfree.svg", "JFreeSVG"),
            Map.entry("pdfbox", "Apache PDFBox"),
            Map.entry("graphics2d", "PDFBox-Graphics2D"));

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("<([\\w.-]+\\.version)>([^<]+)</\\1>");

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).strip() : null;
    }

    @Test
    void everyRedistributedDependencyIsListedAtItsPinnedVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Map<String, String> properties = new HashMap<>();
        Matcher property = PROPERTY.matcher(pom);
        while (property.find()) {
            properties.put(property.group(1), property.group(2).strip());
        }
        List<String> list = new String(ClassPathResources.bytes("/licenses/THIRD-PARTY.txt"), StandardCharsets.UTF_8).lines().toList();
        Matcher dependency = DEPENDENCY.matcher(pom);
        int checked = 0;
        while (dependency.find()) {
            String xml = dependency.group(1);
            if ("test".equals(tag(xml, "scope"))) {
                continue;
            }
            String artifact = tag(xml, "artifactId");
            String version = tag(xml, "version").replaceAll("\\$\\{(.+)}", "$1");
            version = properties.getOrDefault(version, version);
            String rowName = ROW_NAMES.get(artifact);
            assertThat(rowName).as("the list's name for %s (add its row to packaging/licenses/THIRD-PARTY.txt)", artifact).isNotNull();
            String pinned = version;
            assertThat(list).as("%s's row", artifact).anySatisfy(line -> assertThat(line).startsWith(rowName).contains(pinned));
            checked++;
        }
        assertThat(checked).isEqualTo(ROW_NAMES.size());
    }

    /** The About box's licence reader offers the list and every text it refers to. */
    @Test
    void theListAndTheTextsItNamesShipInsideTheApplication() {
        List<String> resources = Credits.LICENCES.stream().map(Credits.Licence::resource).toList();
        assertThat(resources).contains("/licenses/THIRD-PARTY.txt", "/licenses/GPL-3.0.txt", "/licenses/Apache-2.0.txt",
                "/licenses/MIT-SLF4J.txt", "/licenses/GSHHG-LGPL-3.0.txt", "/licenses/OFL-1.1.txt");
        String list = new String(ClassPathResources.bytes("/licenses/THIRD-PARTY.txt"), StandardCharsets.UTF_8);
        Matcher named = Pattern.compile("([\\w.-]+\\.txt)").matcher(list);
        while (named.find()) {
            assertThat(resources).as("the text the list names, %s", named.group(1)).contains("/licenses/" + named.group(1));
        }
        assertThat(new String(ClassPathResources.bytes("/licenses/Apache-2.0.txt"), StandardCharsets.UTF_8)).contains("Apache License",
                "Version 2.0, January 2004");
    }
}
