/**
 * File → Update from depositary file…: the import dialog ({@link org.chaord.atlas.ui.importer.ImportDialog}) over
 * its view-model ({@link org.chaord.atlas.ui.importer.ImportViewModel}: read, diff, tick, preview, accept), and the
 * notice shown when the data are old ({@link org.chaord.atlas.ui.importer.StaleDataBanner}). The logic is
 * {@code data.depositary}'s; this room only shows it and runs it on the one executor.
 */
package org.chaord.atlas.ui.importer;
