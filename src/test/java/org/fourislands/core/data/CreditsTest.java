package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licence texts travel inside the application, as the LGPL and the OFL require. */
class CreditsTest {

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
