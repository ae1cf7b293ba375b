package io.headwater.api;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An article as Spring Data Neo4j maps it for simple lookups and paging. Writes go through
 * {@code ArticleGraphWriter}, not through this entity.
 *
 * @param id        article id
 * @param headline  headline
 * @param outlet    outlet name
 * @param published publication date
 * @param url       page address
 * @param origin    where it was read from
 */
@Node("Article")
public record ArticleNode(@Id String id, String headline, String outlet, String published, String url, String origin) {
}
