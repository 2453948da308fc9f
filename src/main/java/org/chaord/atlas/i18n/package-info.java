/**
 * The words of the interface and of exported figures: {@link org.chaord.atlas.i18n.Texts} (the message bundles in
 * {@code org/chaord/atlas/i18n}, dates and country names in one language) and
 * {@link org.chaord.atlas.i18n.Languages} (the six UN languages, Arabic right to left). Plain Java over the model,
 * used by render, export and ui. Immutable.
 */
package org.chaord.atlas.i18n;
