package org.fourislands.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the application carries inside its jar: the schema, the dataset's stamp, licence texts, fonts. */
public final class ClassPathResources {

    private ClassPathResources() {}

    /** The bytes of the resource {@code name} (an absolute path such as "/licenses/OFL-1.1.txt"); it must be there. */
    public static byte[] bytes(String name) {
        try (InputStream in = ClassPathResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing from the class path: " + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
