package org.fourislands.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameResolverTest {

    private static NameResolver names;

    @BeforeAll
    static void load() {
        names = new NameResolver(((LoadResult.Loaded) new DatasetLoader().loadBundled()).dataset());
    }

    @ParameterizedTest(name = "{0} in {1}/{2} reads \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "Soviet troops land on {{kunashiri-kunashir}} | BOTH     | LATIN  | Soviet troops land on Kunashiri / Kunashir",
        "Soviet troops land on {{kunashiri-kunashir}} | JAPANESE | LATIN  | Soviet troops land on Kunashiri",
        "Soviet troops land on {{kunashiri-kunashir}} | RUSSIAN  | NATIVE | Soviet troops land on Кунашир",
        "Soviet troops land on {{kunashiri-kunashir}} | JAPANESE | NATIVE | Soviet troops land on 国後島",
        "Talks in {{moscow}} and {{london}}           | BOTH     | LATIN  | Talks in Moscow and London",
        "Talks in {{moscow}}                          | RUSSIAN  | NATIVE | Talks in Moscow",
        "A visit to {{yuzhno-kurilsk}}                | RUSSIAN  | LATIN  | A visit to Yuzhno-Kurilsk",
        "{{unknown-id}} stays visible                 | BOTH     | LATIN  | unknown-id stays visible",
    })
    void tokensFollowTheConventionInTheRegionAndStayEnglishAbroad(String text, NamingConvention convention, Script script, String expected) {
        assertThat(names.render(text.strip(), convention, script)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void searchTextHasEverySpellingEvenAbroad() {
        assertThat(names.renderAllSpellings("{{moscow}}")).contains("Moscow").contains("Москва");
    }
}
