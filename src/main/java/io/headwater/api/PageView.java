package io.headwater.api;

import java.util.List;

import org.springframework.data.domain.Page;

import io.headwater.trace.GraphLookups;

/**
 * A page of results.
 *
 * @param items         the items
 * @param page          page number, from 0
 * @param size          page size
 * @param totalElements number of items on all pages, or -1 for ranked searches (not counted)
 * @param totalPages    number of pages, or -1 when not counted
 */
record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    static <T> PageView<T> of(Page<T> p) {
        return new PageView<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
    }

    static <T> PageView<T> of(GraphLookups.Page<T> p) {
        int pages = p.total() < 0 ? -1 : (int) ((p.total() + p.size() - 1) / p.size());
        return new PageView<>(p.items(), p.page(), p.size(), p.total(), pages);
    }

    /** Checks paging parameters. */
    static void check(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 200");
        }
    }
}
