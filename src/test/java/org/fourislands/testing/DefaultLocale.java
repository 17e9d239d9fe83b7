package org.fourislands.testing;

import java.util.Locale;
import java.util.function.Supplier;

/** Runs code as on a machine set to another locale: a German or an Egyptian student's laptop. */
public final class DefaultLocale {

    private DefaultLocale() {
    }

    /** What {@code work} returns with the default locale set to {@code languageTag}; the default is restored after. */
    public static <T> T under(String languageTag, Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
