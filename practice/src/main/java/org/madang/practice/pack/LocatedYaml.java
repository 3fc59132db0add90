package org.madang.practice.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document into {@link Node}s that remember their line. Jackson's tree model drops
 * locations, so this walks the token stream. A key given twice is an error, not a silent
 * overwrite.
 */
public final class LocatedYaml {
    private final YAMLFactory factory = new YAMLFactory();

    /** Reads a file's bytes, which must be UTF-8 text (random bytes are "not UTF-8 text", not a parser's exception). */
    public Node read(byte[] bytes, String fileName) throws PackException {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PackException(fileName + ": not UTF-8 text");
        }
        return read(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8), fileName);
    }

    public Node read(Reader reader, String fileName) throws PackException {
        try (JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PackException(fileName + ":1: the file is empty");
            }
            return value(parser, fileName);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new PackException(fileName + problemLine(e) + ": not valid YAML (" + what + ")"
                    + (what.contains("flow mapping") ? "; words with '?', ':' or '#' inside { } need quotes: {ko: \"어디로 가시나요?\"}" : ""), e);
        } catch (IOException e) {
            throw new PackException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Where the YAML went wrong: SnakeYAML's problem mark (a tab on line 2 is on line 2), else
     * the parser's location, which points where the token it was reading began.
     */
    private static String problemLine(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return ":" + (marked.getProblemMark().getLine() + 1);
            }
        }
        JsonLocation at = e.getLocation();
        return at == null ? "" : ":" + at.getLineNr();
    }

    private Node value(JsonParser parser, String fileName) throws IOException, PackException {
        String where = fileName + ":" + parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String keyAt = fileName + ":" + parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                Node v = value(parser, fileName);
                if (map.put(key, v) != null) {
                    throw new PackException(keyAt + ": '" + key + "' is given twice");
                }
            }
            return new Node(where, map);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser, fileName));
            }
            return new Node(where, list);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new Node(where, "");
        }
        return new Node(where, parser.getText());
    }
}
