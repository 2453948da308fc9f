/**
 * The atlas's facts in plain Java: treaties, countries, events with their (partial) dates and sources, the status
 * rules and entry-into-force arithmetic, and the immutable {@link org.chaord.atlas.model.Atlas} aggregate.
 * Immutable values, safe to share between threads.
 */
package org.chaord.atlas.model;
