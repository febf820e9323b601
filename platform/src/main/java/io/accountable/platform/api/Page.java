package io.accountable.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a frontend needs to page through the rest. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        PanacheQuery<E> paged = query.page(io.quarkus.panache.common.Page.of(request.page, request.size));
        long total = paged.count();
        int pages = (int) ((total + request.size - 1) / request.size);
        return new Page<>(paged.list().stream().map(view).toList(), request.page, request.size, total, pages);
    }
}
