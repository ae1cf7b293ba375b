package io.headwater.api;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Paged article lookups. */
interface ArticleRepository extends Neo4jRepository<ArticleNode, String> {

    /** Articles whose URL is exactly {@code url}. */
    Page<ArticleNode> findByUrl(String url, Pageable pageable);
}
