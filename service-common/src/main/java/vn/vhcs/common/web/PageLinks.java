package vn.vhcs.common.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every answer that is a {@link Page} carries RFC 8288 {@code Link} headers to the pages around it
 * ({@code first}, {@code prev}, {@code next}, {@code last}): the request's own URI with only
 * {@code page} changed, so every filter and the size stay. Built from the request's URI, which
 * honours the gateway's X-Forwarded-Proto/Host: through the gateway the links carry the client's
 * scheme and host. One filter for every list of every service, so none can forget it.
 */
public class PageLinks {

    public static final String HEADER = "Link";

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && response.getStatus() == 200) {
            List<String> links = links(request.getUriInfo(), page);
            if (!links.isEmpty()) {
                response.getHeaders().putSingle(HEADER, String.join(", ", links));
            }
        }
    }

    static List<String> links(UriInfo uri, Page<?> page) {
        int last = page.total() == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (page.total() - 1) / page.size());
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page.page() > 0) {
            // past the end, "prev" leads back to the last page that has items
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links;
    }

    private static String link(UriInfo uri, int page, String rel) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return "<" + target.toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
