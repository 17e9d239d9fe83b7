package org.fourislands.cli;

import java.util.Locale;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.ui.export.ExportFormat;
import org.fourislands.ui.export.ExportSize;
import org.fourislands.ui.theme.Theme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters whose messages say what was expected. */
final class Converters {

    private Converters() {}
    static final class SizeConverter implements ITypeConverter<ExportSize> {
        @Override
        public ExportSize convert(String value) {
            try {
                return ExportSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format: expected png, svg or pdf");
            }
        }
    }

    static final class ThemeConverter implements ITypeConverter<Theme> {
        @Override
        public Theme convert(String value) {
            try {
                return Theme.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class NamingConverter implements ITypeConverter<NamingConvention> {
        @Override
        public NamingConvention convert(String value) {
            try {
                return NamingConvention.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a naming convention: expected japanese, russian or both");
            }
        }
    }
}
