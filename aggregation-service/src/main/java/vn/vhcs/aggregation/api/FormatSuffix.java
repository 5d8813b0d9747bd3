package vn.vhcs.aggregation.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A statistics URL with a format's extension ({@code …/provinces/70.csv}, {@code …/trend.xlsx}) is
 * the URL without it, asked with that format's {@code Accept}: a link a browser follows gets the
 * file. Before matching, so one resource method answers both. {@code report.docx} is a URL of its
 * own, not a suffix (no {@link Format} is {@code docx}), and stays as it is.
 */
@Provider
@PreMatching
public class FormatSuffix implements ContainerRequestFilter {

    private static final Pattern SUFFIXED = Pattern.compile("^(/api/v1/statistics/.+)\\.([a-z]+)$");

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher m = SUFFIXED.matcher(request.getUriInfo().getPath());
        if (!m.matches()) {
            return;
        }
        Optional<Format> format = Format.ofExtension(m.group(2));
        if (format.isPresent()) {
            request.setRequestUri(request.getUriInfo().getRequestUriBuilder().replacePath(m.group(1)).build());
            // the type without parameters: what a browser would send
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, format.get().mediaType().getType() + "/"
                    + format.get().mediaType().getSubtype());
        }
    }
}
