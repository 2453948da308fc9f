/**
 * Reading the data folder and the map: CSV readers (OpenCSV), the GeoJSON reader, the binary map cache,
 * {@link org.chaord.atlas.data.DataLocation} (where the data is, for the app and the command line alike) and
 * {@link org.chaord.atlas.data.DatasetLoader} (an indicator dataset added later). Bad input becomes a
 * {@link org.chaord.atlas.data.LoadProblem} ({@code file:line:column: message}), never an exception.
 * <p>Threads: {@code AtlasLoader} reads the map in parallel with the CSV files (the common pool) and returns when
 * both are done; callers see a blocking call and decide on which thread to make it.
 */
package org.chaord.atlas.data;
