package org.madang.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link SiteConfig} from its layers, later ones winning: built-in defaults, the site
 * file, {@code MADANG_*} environment variables, then {@code --set key=value} options.
 * Every problem is one line naming the file and line (or variable, or option) and the key.
 */
public final class SiteConfigLoader {
    private final YamlSettings yaml = new YamlSettings();

    /**
     * @param siteFile the site file; a missing file means defaults only
     * @param env      the process environment (only {@code MADANG_<KEY>} names are read)
     * @param sets     {@code key=value} overrides in order
     */
    public SiteConfig load(Path siteFile, Map<String, String> env, List<String> sets) throws ConfigException {
        Map<String, Setting> fileLayer = Map.of();
        if (siteFile != null) {
            try (Reader reader = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
                fileLayer = yaml.read(reader, siteFile.toString());
            } catch (NoSuchFileException e) {
                fileLayer = Map.of();
            } catch (IOException e) {
                throw new ConfigException(siteFile + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return bind(fileLayer, env, sets);
    }

    /** Loads from YAML text, for tests and for the example files. */
    public SiteConfig loadText(String yamlText, String fileName, Map<String, String> env, List<String> sets)
            throws ConfigException {
        return bind(yaml.read(new StringReader(yamlText), fileName), env, sets);
    }

    private SiteConfig bind(Map<String, Setting> fileLayer, Map<String, String> env, List<String> sets)
            throws ConfigException {
        Map<String, Setting> merged = new LinkedHashMap<>();
        ConfigKeys.DEFAULTS.forEach((k, v) -> merged.put(k, new Setting(k, v, "default", v.size() != 1)));
        for (Setting s : fileLayer.values()) {
            requireKnown(s.key(), s.origin());
            merged.put(s.key(), s);
        }
        for (String key : ConfigKeys.DEFAULTS.keySet()) {
            String name = ConfigKeys.envName(key);
            String value = env.get(name);
            if (value != null) {
                merged.put(key, Setting.of(key, value, "env " + name));
            }
        }
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set " + set + ": expected key=value, e.g. --set devices.receiptPrinter=sim:");
            }
            String key = set.substring(0, eq).strip();
            requireKnown(key, "--set");
            merged.put(key, Setting.of(key, set.substring(eq + 1).strip(), "--set"));
        }
        return new SettingsBinder(merged).bind();
    }

    private static void requireKnown(String key, String origin) throws ConfigException {
        if (!ConfigKeys.DEFAULTS.containsKey(key)) {
            String near = nearest(key);
            throw new ConfigException(origin + " " + key + ": unknown key"
                    + (near == null ? " (see config/examples/site.yaml for every key)" : " (did you mean " + near + "?)"));
        }
    }

    private static String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : ConfigKeys.DEFAULTS.keySet()) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? best : null;
    }

    /** Levenshtein distance, for the "did you mean" hint. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
