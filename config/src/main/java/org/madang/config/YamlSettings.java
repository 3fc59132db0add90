package org.madang.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document into flat dotted-key settings, keeping the line of every value.
 * Jackson's tree model drops locations, so this walks the token stream instead.
 */
final class YamlSettings {
    private final YAMLFactory factory = new YAMLFactory();

    Map<String, Setting> read(Reader reader, String fileName) throws ConfigException {
        Map<String, Setting> out = new LinkedHashMap<>();
        try (JsonParser parser = factory.createParser(reader)) {
            Deque<String> path = new ArrayDeque<>();
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> field = parser.currentName();
                    case START_OBJECT -> {
                        if (field != null) {
                            path.addLast(field);
                        }
                        field = null;
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    case START_ARRAY -> {
                        String key = join(path, field);
                        int line = line(parser.currentTokenLocation());
                        once(out, key, fileName, line);
                        out.put(key, Setting.list(key, readList(parser, fileName, key), fileName + ":" + line));
                        field = null;
                    }
                    case VALUE_NULL -> field = null;
                    default -> {
                        if (token.isScalarValue()) {
                            if (field == null) {
                                throw new ConfigException(fileName + ":" + line(parser.currentTokenLocation())
                                        + ": expected 'key: value' lines, found a plain value");
                            }
                            String key = join(path, field);
                            once(out, key, fileName, line(parser.currentTokenLocation()));
                            out.put(key, Setting.of(key, parser.getText(), fileName + ":" + line(parser.currentTokenLocation())));
                            field = null;
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            if (notText(e)) {
                throw new ConfigException(fileName + ": is not UTF-8 text (save it as UTF-8; it may not be a site.yaml at all)", e);
            }
            // the YAML reader's own mark names the line of the fault (a tab on line 2 is on line 2)
            int line = e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null
                    ? marked.getProblemMark().getLine() + 1 : e.getLocation() == null ? 0 : line(e.getLocation());
            String where = line <= 0 ? fileName : fileName + ":" + line;
            throw new ConfigException(where + ": not valid YAML (" + firstLine(e.getOriginalMessage()) + ")", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(fileName + ": is not UTF-8 text (save it as UTF-8; it may not be a site.yaml at all)", e);
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Whether the text could not be decoded as UTF-8 (the reader's complaint, however deep it was wrapped). */
    private static boolean notText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** A key given twice (two lines for one setting) is refused: which one was meant cannot be told. */
    private static void once(Map<String, Setting> out, String key, String fileName, int line) throws ConfigException {
        Setting before = out.get(key);
        if (before != null) {
            throw new ConfigException(fileName + ":" + line + " " + key + ": given twice (first at " + before.origin() + ")");
        }
    }

    private static List<String> readList(JsonParser parser, String fileName, String key) throws IOException, ConfigException {
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null || !token.isScalarValue()) {
                throw new ConfigException(fileName + ":" + line(parser.currentTokenLocation()) + " " + key
                        + ": a list here holds plain values only");
            }
            values.add(parser.getText());
        }
        return values;
    }

    private static String join(Deque<String> path, String field) {
        return path.isEmpty() ? field : String.join(".", path) + "." + field;
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut).strip();
    }
}
