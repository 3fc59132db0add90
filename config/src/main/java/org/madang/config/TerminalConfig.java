package org.madang.config;

/** This machine's place in the site: its id (shown in the audit trail) and its role. */
public record TerminalConfig(String id, TerminalRole role) {
}
