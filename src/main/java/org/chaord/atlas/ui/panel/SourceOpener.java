package org.chaord.atlas.ui.panel;

import org.chaord.atlas.model.SourceLinks;

import java.net.URI;
import java.util.function.Consumer;

/** Opens an event's source in the browser, but only a link {@link SourceLinks#openable} allows. */
final class SourceOpener {

    private final Consumer<URI> browser;

    SourceOpener(Consumer<URI> browser) {
        this.browser = browser;
    }

    /** True when the source was handed to the browser. */
    boolean open(String source) {
        var uri = SourceLinks.openable(source);
        uri.ifPresent(browser);
        return uri.isPresent();
    }
}
