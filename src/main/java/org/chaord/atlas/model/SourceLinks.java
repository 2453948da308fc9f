package org.chaord.atlas.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which sources may be opened in a browser: only an absolute {@code http} or {@code https} URI with a host and no
 * user-info. {@code http:/etc/passwd}, {@code https:relative} and {@code http://user@evil.example/} (a link that
 * shows one host and goes to another) are refused; so are other schemes ({@code file:}, {@code javascript:}).
 */
public final class SourceLinks {

    private SourceLinks() {
    }

    /** The URI to open for a source text, or empty when it must not be opened. */
    public static Optional<URI> openable(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(source.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()
                || uri.getRawUserInfo() != null || uri.getRawAuthority() == null || uri.getRawAuthority().contains("@")) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }
}
