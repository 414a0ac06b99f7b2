package dev.summarizer.api;

import dev.summarizer.api.dto.SummaryResponse;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Sends a summary's entity tag as the {@code ETag} header. */
public class EntityTagFilter {

    @ServerResponseFilter
    public void addEntityTag(ContainerResponseContext response) {
        if (response.getEntity() instanceof SummaryResponse summary && summary.meta() != null) {
            response.getHeaders().putSingle("ETag", summary.meta().etag());
        }
    }
}
