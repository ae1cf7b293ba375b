package io.headwater.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/**
 * Rows of the embedded database's own API as the driver's records, so that the lookups read one kind of record
 * whichever way their statement ran: maps, lists, strings, numbers, booleans, temporal values and arrays as
 * {@link Values#value(Object)} converts them; nodes, relationships and paths as the driver's own (its value classes,
 * which have no public constructor elsewhere: the driver is pinned by the build, and {@code EmbeddedReadsIT} holds
 * every lookup's answer the same both ways).
 */
public final class EmbeddedRecords {

    private EmbeddedRecords() {
    }

    /** Every row of {@code result}, read to its end, each in its columns' order. */
    public static List<Record> all(org.neo4j.graphdb.Result result) {
        List<String> columns = result.columns();
        List<Record> rows = new ArrayList<>();
        while (result.hasNext()) {
            rows.add(of(columns, result.next()));
        }
        return rows;
    }

    /** The row, its columns in {@code columns}' order. */
    public static Record of(List<String> columns, Map<String, Object> row) {
        List<Value> values = new ArrayList<>(columns.size());
        for (String c : columns) {
            values.add(value(row.get(c)));
        }
        return new InternalRecord(columns, values);
    }

    public static Value value(Object o) {
        if (o instanceof Node n) {
            return new NodeValue(node(n));
        }
        if (o instanceof Relationship r) {
            return new RelationshipValue(relationship(r));
        }
        if (o instanceof Path p) {
            List<Entity> alternating = new ArrayList<>();
            Iterator<Relationship> links = p.relationships().iterator();
            for (Node n : p.nodes()) {
                alternating.add(node(n));
                if (links.hasNext()) {
                    alternating.add(relationship(links.next()));
                }
            }
            return new PathValue(new InternalPath(alternating));
        }
        if (o instanceof List<?> list) {
            List<Value> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(value(e)));
            return Values.value(out);
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Value> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
            return Values.value(out);
        }
        return Values.value(o);
    }

    private static InternalNode node(Node n) {
        List<String> labels = new ArrayList<>();
        for (Label l : n.getLabels()) {
            labels.add(l.name());
        }
        return new InternalNode(n.getId(), n.getElementId(), labels, properties(n.getAllProperties()));
    }

    private static InternalRelationship relationship(Relationship r) {
        return new InternalRelationship(r.getId(), r.getElementId(), r.getStartNode().getId(), r.getStartNode().getElementId(),
                r.getEndNode().getId(), r.getEndNode().getElementId(), r.getType().name(), properties(r.getAllProperties()));
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        Map<String, Value> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }
}
