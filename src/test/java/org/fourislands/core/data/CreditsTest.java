package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourislands.core.model.Dataset;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licence texts travel inside the application, as the LGPL and the OFL require, and the credits name the right holder. */
class CreditsTest {

    /** The footer credited "© Wessel & Smith, LGPL-3.0": the authors of the paper, not the holders, and not the licence GSHHG grants. */
    @Test
    void theExportFooterCreditsTheCoastlinesAsTheAboutBoxDoes() {
        Dataset dataset = BundledData.dataset();
        assertThat(Credits.footer(dataset)).contains("Coastlines: GSHHG 2.3.7, © the GMT team, LGPL-3.0-or-later");
        assertThat(Credits.text(dataset)).contains("© the GMT team; Wessel & Smith (1996)", "LGPL-3.0-or-later");
    }

    @ParameterizedTest
    @CsvSource({
            "/licenses/GSHHG-LGPL-3.0.txt, GNU LESSER GENERAL PUBLIC LICENSE",
            "/licenses/GPL-3.0.txt, GNU GENERAL PUBLIC LICENSE",
            "/licenses/OFL-1.1.txt, SIL OPEN FONT LICENSE",
            "/licenses/NotoSansCJK-copyright.txt, Upstream-Name: noto-cjk"})
    void eachLicenceShipsWhole(String resource, String heading) {
        Credits.Licence licence = Credits.LICENCES.stream().filter(l -> l.resource().equals(resource)).findFirst().orElseThrow();
        assertThat(licence.text()).contains(heading).hasSizeGreaterThan(3000);
    }
}
