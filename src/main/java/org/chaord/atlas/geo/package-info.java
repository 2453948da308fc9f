/**
 * Map projections: one {@link org.chaord.atlas.geo.MapProjection} contract (degrees in, unit-sphere x/y out), six
 * projections from Proj4J or written here. Immutable and allocation-free, so any thread may project.
 */
package org.chaord.atlas.geo;
