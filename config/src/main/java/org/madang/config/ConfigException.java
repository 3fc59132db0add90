package org.madang.config;

/**
 * A site configuration that cannot be used, with a one-line message naming where the bad
 * value came from (file and line, environment variable or {@code --set}) and the key.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
