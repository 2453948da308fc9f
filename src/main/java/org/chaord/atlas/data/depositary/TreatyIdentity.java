package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.Treaty;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is a status file about the treaty the user named? A Council of Europe chart names its treaty by number ("Chart of
 * signatures and ratifications of Treaty 185"); a UN file by its title, which must contain the treaty's title (the
 * part of treaties.csv's full name before ";" or "("). A file that says neither is refused: importing another
 * treaty's table would rewrite the history of this one.
 */
final class TreatyIdentity {

    private static final Pattern COE_NUMBER_IN_URL = Pattern.compile("treatynum=(\\d+)");
    private static final Pattern COE_NUMBER_IN_NAME = Pattern.compile("\\((?:C?ETS) No\\.?\\s*(\\d+)\\)");
    private static final Pattern CHART_NUMBER = Pattern.compile("(?i)(?:of treaty|du trait[ée]|(?:c?ets|stce?)\\s*n(?:o|°|º)\\.?)\\s*(\\d+)");

    private TreatyIdentity() {
    }

    static void check(DepositaryStatus status, Treaty treaty) throws DepositaryFormatException {
        String number = coeNumber(treaty);
        String heading = status.heading();
        if (number != null) {
            Matcher m = CHART_NUMBER.matcher(heading);
            if (!m.find()) {
                throw new DepositaryFormatException(status.file() + ": the file does not say which treaty it is (no "
                        + "\"Treaty " + number + "\" in its heading" + quoted(status.title()) + "); expected the chart of "
                        + treaty.id() + ", Treaty " + number);
            }
            if (!Integer.valueOf(m.group(1)).equals(Integer.valueOf(number))) {
                throw new DepositaryFormatException(status.file() + ": this is the chart of Treaty " + m.group(1)
                        + quoted(status.title()) + ", not of " + treaty.id() + " (Treaty " + number + ")");
            }
            return;
        }
        String title = unTitle(treaty);
        if (!ParticipantNames.key(heading).contains(ParticipantNames.key(title))) {
            throw new DepositaryFormatException(status.file() + ": this is not the status of " + treaty.id() + " (\""
                    + title + "\")" + (status.title().isEmpty() ? "" : "; the file is about \"" + status.title() + "\""));
        }
    }

    /** The Council of Europe treaty number from treaties.csv (the url's treatynum, or "(ETS No. 185)"); else null. */
    static String coeNumber(Treaty treaty) {
        Matcher url = COE_NUMBER_IN_URL.matcher(treaty.url() == null ? "" : treaty.url());
        if (url.find()) {
            return url.group(1);
        }
        Matcher name = COE_NUMBER_IN_NAME.matcher(treaty.fullName() == null ? "" : treaty.fullName());
        return name.find() ? name.group(1) : null;
    }

    private static String unTitle(Treaty treaty) {
        String name = treaty.fullName() == null || treaty.fullName().isBlank() ? treaty.shortName() : treaty.fullName();
        return name.split("[;(]")[0].strip();
    }

    private static String quoted(String title) {
        return title == null || title.isEmpty() ? "" : ": \"" + (title.length() > 90 ? title.substring(0, 90) + "…" : title) + "\"";
    }
}
