package org.fourislands.render;

import java.util.IdentityHashMap;
import java.util.Map;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Names;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;

/**
 * Names and labels as shown under one naming convention and script, worked out once each and
 * then reused. A renderer asks for the same few dozen every frame, and working them out again
 * (joining "Etorofu / Iturup", resolving the name tokens in a border's label) allocated new
 * strings each time. Everything is forgotten when the convention, the script or the dataset's
 * resolver changes. Keys are the dataset's own objects, compared by identity. Not thread-safe.
 */
public final class ShownNames {

    private final Map<Object, String> shown = new IdentityHashMap<>();
    private NamingConvention naming = NamingConvention.BOTH;
    private Script script = Script.LATIN;
    private NameResolver resolver;

    /** Shows names under {@code naming} in {@code script}, resolving tokens with {@code resolver} (null: none). */
    public void use(NamingConvention naming, Script script, NameResolver resolver) {
        if (naming != this.naming || script != this.script || resolver != this.resolver) {
            shown.clear();
            this.naming = naming;
            this.script = script;
            this.resolver = resolver;
        }
    }

    /** The name to show, e.g. "Etorofu / Iturup" when both are shown. */
    public String of(Names names) {
        String name = shown.get(names);
        if (name == null) {
            name = names.display(naming, script);
            shown.put(names, name);
        }
        return name;
    }

    /** {@code text} with its name tokens resolved; as written when there is no resolver. */
    public String render(String text) {
        if (resolver == null) {
            return text;
        }
        String rendered = shown.get(text);
        if (rendered == null) {
            rendered = resolver.render(text, naming, script);
            shown.put(text, rendered);
        }
        return rendered;
    }
}
