package org.madang.practice.pack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value with where it stands ({@code file:line}), so a pack's author is told exactly
 * where a problem is: a scalar (text), a mapping or a list.
 */
public record Node(String where, Object value) {

    public boolean isText() {
        return value instanceof String;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> map() throws PackException {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Node>) m;
        }
        throw new PackException(where + ": expected 'key: value' lines here");
    }

    @SuppressWarnings("unchecked")
    public List<Node> list() throws PackException {
        if (value instanceof List<?> l) {
            return (List<Node>) l;
        }
        throw new PackException(where + ": expected a list ('- ...' lines) here");
    }

    public String text() throws PackException {
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new PackException(where + ": expected a word or sentence here");
    }

    /** The value under {@code key}; a problem naming the key when it is missing. */
    public Node get(String key) throws PackException {
        Node n = map().get(key);
        if (n == null) {
            throw new PackException(where + ": '" + key + "' is missing");
        }
        return n;
    }

    public Optional<Node> find(String key) throws PackException {
        return Optional.ofNullable(map().get(key));
    }
}
