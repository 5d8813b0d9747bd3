package vn.vhcs.common.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every list answer: {@code {"items":[…],"page":0,"size":20,"total":N}}. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in a stable order.")
        List<T> items,
        @Schema(required = true, minimum = "0", description = "This page, from 0.", examples = "0")
        int page,
        @Schema(required = true, minimum = "1", maximum = "200", description = "The page size asked for (1–200, 20 "
                + "by default).", examples = "20")
        int size,
        @Schema(required = true, minimum = "0", description = "How many items match, over all pages.",
                examples = "1")
        long total) {

    /** One page of a list held in memory (short lists: provinces, statistics of a round). */
    public static <T> Page<T> of(List<T> all, PageRequest paging) {
        int from = Math.min(all.size(), paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
