package org.fourislands.core.data;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a file the schema pass rejected, which mapping and the meaning pass then leave
 * out, so that the meaning of everything else is still checked and a file's problems all come
 * at once. Mapping assumes the shape the schema guarantees, so a part is left out whole: an
 * element of a top-level array (an event, an island, a tour, ...) with a schema problem anywhere
 * inside it, or a top-level property wrong as a whole: missing, of the wrong type, or not an
 * array (as {@code defaultRange} is) and with a problem anywhere inside. Not changed once built.
 */
final class Rejected {

    /** What a file the schema accepted has rejected: nothing. */
    static final Rejected NOTHING = new Rejected();

    private boolean root;
    private final Set<String> properties = new HashSet<>();
    private final Map<String, BitSet> elements = new HashMap<>();
    private final Map<String, BitSet> ids = new HashMap<>();

    private Rejected() {}

    static Rejected by(Iterable<ValidationMessage> messages) {
        Rejected rejected = new Rejected();
        for (ValidationMessage message : messages) {
            rejected.add(message);
        }
        return rejected;
    }

    private void add(ValidationMessage message) {
        JsonNodePath at = message.getInstanceLocation();
        if (at.getNameCount() == 0) {
            switch (message.getType()) {
                case "required" -> properties.add(message.getProperty());
                // Nothing reads a property the format does not have.
                case "additionalProperties" -> {}
                default -> root = true;
            }
            return;
        }
        String property = at.getElement(0).toString();
        if (at.getNameCount() == 1 || !(at.getElement(1) instanceof Integer index)) {
            properties.add(property);
            return;
        }
        elements.computeIfAbsent(property, p -> new BitSet()).set(index);
        if (at.getNameCount() > 2 && "id".equals(at.getElement(2))) {
            ids.computeIfAbsent(property, p -> new BitSet()).set(index);
        }
    }

    /** Whether the root itself is wrong (not an object): then there is nothing to map. */
    boolean root() {
        return root;
    }

    /** Whether the top-level property {@code name} is wrong as a whole. */
    boolean property(String name) {
        return properties.contains(name);
    }

    /** The indexes of the rejected elements of the top-level array {@code name}; null when there are none. */
    BitSet elements(String name) {
        return elements.get(name);
    }

    /**
     * Whether the id of element {@code index} of {@code array} is at fault itself (as
     * {@code "Treaty-1855"} is): a reference that matches no id may then have meant it.
     */
    boolean id(String array, int index) {
        BitSet at = ids.get(array);
        return at != null && at.get(index);
    }
}
