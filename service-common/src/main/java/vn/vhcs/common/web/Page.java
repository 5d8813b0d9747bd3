package vn.vhcs.common.web;

import java.util.List;
import java.util.function.Function;

/** The shape of every list answer: {@code {"items":[…],"page":0,"size":20,"total":N}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

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
