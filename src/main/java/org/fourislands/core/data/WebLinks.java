package org.fourislands.core.data;

import java.net.URI;
import java.net.URISyntaxException;

/** The one rule for links from the data: only http and https, never {@code file:} or {@code javascript:}. */
public final class WebLinks {

    private WebLinks() {}

    public static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
