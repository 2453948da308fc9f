package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.Treaty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a depositary's status file of any supported kind — UNTC XML, a status table copied as text (UNTC or Council
 * of Europe), the CoE chart saved as HTML — and checks that it is the status of the treaty asked for. Every failure is
 * one {@link DepositaryFormatException} naming the file and where; nothing is ever half-read.
 */
public final class DepositaryFiles {

    private DepositaryFiles() {
    }

    public static DepositaryStatus read(Path path, Treaty treaty) throws DepositaryFormatException {
        DepositaryStatus status = parseFile(path);
        TreatyIdentity.check(status, treaty);
        return status;
    }

    private static DepositaryStatus parseFile(Path path) throws DepositaryFormatException {
        String file = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DepositaryFormatException(file + ": file not found: " + path.toAbsolutePath());
        } catch (IOException e) {
            throw new DepositaryFormatException(file + ": cannot read the file: " + e.getMessage());
        }
        return parse(file, bytes);
    }

    /**
     * Reads a status file without knowing its treaty, for a dialog that should not ask: the one treaty among
     * {@code treaties} whose identity the file shows (empty when none or several do).
     */
    public static Optional<Identified> readAny(Path path, Collection<Treaty> treaties) throws DepositaryFormatException {
        Treaty any = treaties.stream().findFirst().orElse(null);
        if (any == null) {
            return Optional.empty();
        }
        DepositaryStatus status = parseFile(path);
        List<Treaty> matching = new ArrayList<>();
        for (Treaty t : treaties) {
            try {
                TreatyIdentity.check(status, t);
                matching.add(t);
            } catch (DepositaryFormatException notThisOne) {
                // try the next treaty
            }
        }
        return matching.size() == 1 ? Optional.of(new Identified(matching.get(0), status)) : Optional.empty();
    }

    /** A status file and the treaty it was found to be about. */
    public record Identified(Treaty treaty, DepositaryStatus status) {
    }

    /** Picks the reader from the content, not the file name: a saved page may be called anything. */
    static DepositaryStatus parse(String file, byte[] bytes) throws DepositaryFormatException {
        String text = decode(bytes);
        if (text.startsWith("%PDF")) {
            throw new DepositaryFormatException(file + ": a PDF, not a status file: use the UN Treaty Collection's "
                    + "XML, the chart saved as HTML, or its table copied as text");
        }
        if (text.isBlank()) {
            throw new DepositaryFormatException(file + ": the file is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DepositaryFormatException(file + ": not a text file");
        }
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 4000)).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.startsWith("<!doctype html") || head.startsWith("<table")) {
            return HtmlStatusPage.read(file, text);
        }
        if (start.startsWith("<")) {
            return UntcStatusXml.read(file, text);
        }
        return TabSeparatedText.read(file, text);
    }

    /** UTF-8 (with or without a byte-order mark); a file that is not UTF-8 is read as Windows-1252, as browsers do. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
