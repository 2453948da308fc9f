package org.chaord.atlas.ui.saved;

/** A message for the user after a file action: {@code problem} when something was not done (a warning, not a note). */
public record Notice(String text, boolean problem) {
}
