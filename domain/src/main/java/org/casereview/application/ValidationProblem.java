package org.casereview.application;

/**
 * Something wrong with what was entered, said so that the person who typed it can put it right.
 *
 * @param field the answer it is about, e.g. {@code name} or {@code incidents[0].reportedOn}
 */
public record ValidationProblem(String field, String message) {
}
