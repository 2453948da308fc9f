package org.chaord.atlas.ui.importer;

import java.net.URI;
import java.net.URISyntaxException;

/** The check the command line's {@code --source-url} makes too: an http or https address with a host. */
final class WebAddress {

    private WebAddress() {
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
