package io.headwater.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.WasDerivedFrom;

import io.headwater.core.Relation;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.Citation;
import io.headwater.trace.DerivedArticle;
import io.headwater.trace.Hop;
import io.headwater.trace.Provenance;
import io.headwater.trace.QuoteView;
import io.headwater.trace.SourceLineage;

/**
 * Exports provenance as W3C PROV with ProvToolbox: articles, agency stories, reports and quotes are
 * entities; outlets, agencies and sources are agents. Derivations carry {@code prov:Quotation} (a story
 * quoting a report, a quote taken from a source) or {@code prov:PrimarySource}; publication and
 * authorship are {@code wasAttributedTo}. What a person or organisation said is an entity attributed to
 * them, since PROV derives entities only from entities.
 */
public final class ProvExport {

    /** Headwater's namespace for identifiers and types. */
    public static final String NS = "http://headwater.example.org/ns#";
    private static final String PREFIX = "hw";

    private final ProvFactory pf = new org.openprovenance.prov.vanilla.ProvFactory();

    /** The PROV document for an article's provenance. */
    public Document article(Provenance p) {
        Builder b = new Builder();
        QualifiedName article = b.article(p.article().id(), p.article().headline(), p.article().url(), p.article().published());
        if (p.article().outlet() != null) {
            b.attributed(article, b.agent("outlet", p.article().outlet(), "outlet"));
        }
        for (List<Hop> chain : p.chains()) {
            b.chain(chain, article);
        }
        for (ArticleSummary other : p.otherPublications()) {
            // The same text published elsewhere: another aspect of one thing, each with its own outlet.
            QualifiedName copy = b.article(other.id(), other.headline(), other.url(), other.published());
            if (other.outlet() != null) {
                b.attributed(copy, b.agent("outlet", other.outlet(), "outlet"));
            }
            b.alternate(article, copy);
        }
        for (QuoteView q : p.quotes()) {
            QualifiedName quote = b.entity("quote_" + q.key(), shorten(q.text()), "Quote",
                    List.of(pf.newAttribute(org.openprovenance.prov.model.Attribute.AttributeKind.PROV_VALUE, q.text(),
                            pf.getName().XSD_STRING)));
            b.derived(article, quote, null);
            if (q.sourceKey() != null) {
                b.derived(quote, b.statementOf(q.sourceKey(), q.source(), null), pf.getName().PROV_QUOTATION);
            }
        }
        return b.document();
    }

    /** The PROV document for a source's descendants. */
    public Document source(SourceLineage s) {
        Builder b = new Builder();
        for (DerivedArticle d : s.descendants()) {
            QualifiedName article = b.article(d.articleId(), d.headline(), d.url(), d.published());
            if (d.outlet() != null) {
                b.attributed(article, b.agent("outlet", d.outlet(), "outlet"));
            }
            b.chain(d.path(), article);
        }
        if (s.descendants().isEmpty()) {
            b.hop(new Hop(s.source().label(), s.source().key(), s.source().name(), s.source().type(), false, null, s.cites()));
        }
        return b.document();
    }

    /** PROV-N text of {@code doc}. */
    public String toProvN(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.openprovenance.prov.notation.ProvSerialiser(pf).serialiseDocument(out, doc, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** PROV-JSON text of {@code doc}. */
    public String toProvJson(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.openprovenance.prov.core.json.serialization.ProvSerialiser().serialiseDocument(out, doc, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Reads PROV-N text back into a document. */
    public Document readProvN(String text) {
        return new org.openprovenance.prov.notation.ProvDeserialiser(pf)
                .deserialiseDocument(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads PROV-JSON text back into a document. ProvToolbox 2.2.1 names a deserializer that newer
     * Jackson 2 releases can no longer construct by themselves, so the mapper is given a way to build it.
     */
    public Document readProvJson(String text) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        mapper.setHandlerInstantiator(new AttributeMapDeserializerInstantiator());
        return new org.openprovenance.prov.core.json.serialization.ProvDeserialiser(mapper)
                .deserialiseDocument(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Builds ProvToolbox's attribute-map deserializer with the type it wants in its constructor. */
    private static final class AttributeMapDeserializerInstantiator extends com.fasterxml.jackson.databind.cfg.HandlerInstantiator {
        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> deserializerInstance(
                com.fasterxml.jackson.databind.DeserializationConfig config,
                com.fasterxml.jackson.databind.introspect.Annotated annotated, Class<?> deserClass) {
            if (deserClass == org.openprovenance.prov.core.json.serialization.deserial.CustomAttributeMapDeserializer.class) {
                return new org.openprovenance.prov.core.json.serialization.deserial.CustomAttributeMapDeserializer(
                        config.constructType(Map.class));
            }
            return null;
        }

        @Override
        public com.fasterxml.jackson.databind.KeyDeserializer keyDeserializerInstance(
                com.fasterxml.jackson.databind.DeserializationConfig config,
                com.fasterxml.jackson.databind.introspect.Annotated annotated, Class<?> keyDeserClass) {
            return null;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<?> serializerInstance(
                com.fasterxml.jackson.databind.SerializationConfig config,
                com.fasterxml.jackson.databind.introspect.Annotated annotated, Class<?> serClass) {
            return null;
        }

        @Override
        public com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder<?> typeResolverBuilderInstance(
                com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                com.fasterxml.jackson.databind.introspect.Annotated annotated, Class<?> builderClass) {
            return null;
        }

        @Override
        public com.fasterxml.jackson.databind.jsontype.TypeIdResolver typeIdResolverInstance(
                com.fasterxml.jackson.databind.cfg.MapperConfig<?> config,
                com.fasterxml.jackson.databind.introspect.Annotated annotated, Class<?> resolverClass) {
            return null;
        }
    }

    /** The factory the documents are made with (for reading them back). */
    public ProvFactory factory() {
        return pf;
    }

    /** Collects statements once each, keyed by identity. */
    private final class Builder {
        private final Map<String, Statement> statements = new LinkedHashMap<>();
        private final Map<String, QualifiedName> names = new HashMap<>();
        private final java.util.Set<String> usedLocals = new java.util.HashSet<>();

        QualifiedName article(String id, String headline, String url, String published) {
            List<Attribute> attrs = new ArrayList<>();
            if (url != null) {
                attrs.add(pf.newAttribute(name("url"), url, pf.getName().XSD_STRING));
            }
            if (published != null) {
                attrs.add(pf.newAttribute(name("published"), published, pf.getName().XSD_STRING));
            }
            return entity("article_" + id, headline == null ? id : headline, "Article", attrs);
        }

        /** Adds the statements of a chain listed source first; its last hop is the article's outlet. */
        void chain(List<Hop> chain, QualifiedName article) {
            QualifiedName previous = null;
            Hop previousHop = null;
            for (int i = 0; i < chain.size(); i++) {
                Hop h = chain.get(i);
                QualifiedName current = i == chain.size() - 1 ? article : hop(h);
                if (previous != null) {
                    derived(current, previous, derivationType(previousHop));
                }
                previous = current;
                previousHop = h;
            }
        }

        /** The entity standing for a hop (a report, a story, or what a source said), with its own facts. */
        QualifiedName hop(Hop h) {
            QualifiedName e;
            switch (h.label()) {
                case "Report" -> e = entity(h.key(), h.name(), "Report", List.of());
                case "Article" -> e = entity(h.key(), h.name(), "Article", List.of());
                case "Agency" -> {
                    e = entity(h.key(), "story by " + h.name(), "AgencyStory",
                            List.of(pf.newAttribute(name("inferred"), h.inferred(), pf.getName().XSD_BOOLEAN)));
                    attributed(e, agent("agency", h.name(), "agency"));
                }
                default -> e = statementOf(h.key(), h.name(), h.type());
            }
            for (Citation c : h.cites()) {
                switch (c.relation()) {
                    case CITES -> derived(e, statementOf(c.key(), c.name(), c.type()), pf.getName().PROV_PRIMARY_SOURCE);
                    case AUTHORED_BY -> attributed(e, agent("source", c.name(), c.type()));
                    default -> { }
                }
            }
            return e;
        }

        /** "What X said": an entity attributed to the agent X. */
        QualifiedName statementOf(String key, String agentName, String type) {
            if (key != null && key.startsWith("report:")) {
                return entity(key, agentName, "Report", List.of());
            }
            QualifiedName statement = entity("said_" + key, "what " + agentName + " said", "Statement", List.of());
            attributed(statement, agent("source", agentName, type));
            return statement;
        }

        QualifiedName entity(String id, String label, String type, List<Attribute> extra) {
            QualifiedName q = qn(id);
            statements.computeIfAbsent("e:" + q.getUri(), k -> {
                List<Attribute> attrs = new ArrayList<>(extra);
                attrs.add(pf.newAttribute(org.openprovenance.prov.model.Attribute.AttributeKind.PROV_TYPE, name(type),
                        pf.getName().PROV_QUALIFIED_NAME));
                if (label != null) {
                    attrs.add(pf.newAttribute(org.openprovenance.prov.model.Attribute.AttributeKind.PROV_LABEL,
                            pf.newInternationalizedString(label), pf.getName().PROV_LABEL));
                }
                return pf.newEntity(q, attrs);
            });
            return q;
        }

        QualifiedName agent(String kind, String agentName, String type) {
            QualifiedName q = qn(kind + "_" + agentName);
            statements.computeIfAbsent("a:" + q.getUri(), k -> {
                List<Attribute> attrs = new ArrayList<>();
                QualifiedName provType = "person".equals(type) ? pf.getName().PROV_PERSON : pf.getName().PROV_ORGANIZATION;
                attrs.add(pf.newAttribute(org.openprovenance.prov.model.Attribute.AttributeKind.PROV_TYPE, provType,
                        pf.getName().PROV_QUALIFIED_NAME));
                attrs.add(pf.newAttribute(org.openprovenance.prov.model.Attribute.AttributeKind.PROV_LABEL,
                        pf.newInternationalizedString(agentName), pf.getName().PROV_LABEL));
                return pf.newAgent(q, attrs);
            });
            return q;
        }

        void attributed(QualifiedName entity, QualifiedName agent) {
            statements.computeIfAbsent("att:" + entity.getUri() + ">" + agent.getUri(),
                    k -> pf.newWasAttributedTo(null, entity, agent));
        }

        void alternate(QualifiedName a, QualifiedName b) {
            statements.computeIfAbsent("alt:" + a.getUri() + ">" + b.getUri(), k -> pf.newAlternateOf(a, b));
        }

        void derived(QualifiedName generated, QualifiedName used, QualifiedName type) {
            statements.computeIfAbsent("der:" + generated.getUri() + ">" + used.getUri(), k -> {
                WasDerivedFrom d = pf.newWasDerivedFrom(null, generated, used);
                if (type != null) {
                    d.getType().add(pf.newType(type, pf.getName().PROV_QUALIFIED_NAME));
                }
                return d;
            });
        }

        QualifiedName derivationType(Hop upstream) {
            Object term = upstream.evidence() == null ? null : upstream.evidence().get("prov");
            if ("prov:hadPrimarySource".equals(term)) {
                return pf.getName().PROV_PRIMARY_SOURCE;
            }
            if ("prov:wasQuotedFrom".equals(term)) {
                return pf.getName().PROV_QUOTATION;
            }
            return null;
        }

        Document document() {
            Namespace ns = new Namespace();
            ns.addKnownNamespaces();
            ns.register(PREFIX, NS);
            List<StatementOrBundle> all = new ArrayList<>(statements.values());
            return pf.newDocument(ns, all);
        }

        QualifiedName name(String local) {
            return pf.newQualifiedName(NS, local, PREFIX);
        }

        /** A PROV-N-safe local name for a Headwater key ("story:yonhap>report:x" → "story_yonhap_report_x"). */
        QualifiedName qn(String id) {
            return names.computeIfAbsent(id, k -> {
                String local = k.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("_+", "_");
                if (!usedLocals.add(local)) {
                    local = local + "_" + Integer.toHexString(k.hashCode());
                    usedLocals.add(local);
                }
                return name(local);
            });
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
