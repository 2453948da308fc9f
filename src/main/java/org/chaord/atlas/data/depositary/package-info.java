/**
 * Importing a depositary's status file (issue 9, ADR 0011): {@link org.chaord.atlas.data.depositary.DepositaryFiles}
 * reads UNTC XML, a status table copied as text or the Council of Europe's chart saved as HTML into a
 * {@link org.chaord.atlas.data.depositary.DepositaryStatus}; {@link org.chaord.atlas.data.depositary.ParticipantAliases}
 * names its participants (an unmatched name is reported, never guessed);
 * {@link org.chaord.atlas.data.depositary.StatusDiff} compares it with the loaded data; and
 * {@link org.chaord.atlas.data.depositary.EventsFileUpdate} writes the accepted changes into events.csv, every other
 * row kept byte for byte, with a backup first. A file that cannot be read is one
 * {@link org.chaord.atlas.data.depositary.DepositaryFormatException} naming the file and where.
 * <p>Threads: none of its own; every call blocks, and the caller (the import dialog's background task, or the
 * command line) decides on which thread to make it.
 */
package org.chaord.atlas.data.depositary;
