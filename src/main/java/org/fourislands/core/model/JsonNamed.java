package org.fourislands.core.model;

/** An enum constant that the dataset writes under its own JSON name, e.g. {@code "russian-empire"}. */
public interface JsonNamed {

    String jsonName();

    /** The constant of {@code type} written as {@code name}. */
    static <E extends Enum<E> & JsonNamed> E fromJson(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.jsonName().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is none of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(JsonNamed::jsonName).toList()));
    }
}
