package org.madang.core.care;

/** A member of staff as cases name them: their login and name. */
public record Officer(String login, String name) {
}
