package org.designcoach.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Finds entries matching a query, newest first, one page at a time. A criteria query because
 * every filter is optional; the repository stays append-only.
 */
@Component
class AuditSearch {

    private static final char ESCAPE = '\\';

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        var select = builder.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        select.where(matching(builder, event, query))
                .orderBy(builder.desc(event.<Instant>get("occurredAt")), builder.desc(event.<Long>get("id")));
        return entityManager.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Entries matching the query with an id above {@code afterId}, oldest first: the pages of an export. */
    List<AuditEvent> findAfter(AuditQuery query, long afterId, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        var select = builder.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        List<Predicate> conditions = new ArrayList<>(List.of(matching(builder, event, query)));
        conditions.add(builder.greaterThan(event.<Long>get("id"), afterId));
        select.where(conditions.toArray(Predicate[]::new)).orderBy(builder.asc(event.<Long>get("id")));
        return entityManager.createQuery(select).setMaxResults(limit).getResultList();
    }

    /** Lets go of the entries read so far, so that an export of any length holds one page at a time. */
    void forget() {
        entityManager.clear();
    }

    private static Predicate[] matching(CriteriaBuilder builder, Root<AuditEvent> event, AuditQuery query) {
        List<Predicate> conditions = new ArrayList<>();
        if (!query.text().isEmpty()) {
            String pattern = "%" + escapeWildcards(query.text().toLowerCase(Locale.ROOT)) + "%";
            conditions.add(builder.or(
                    contains(builder, event.<String>get("actor"), pattern),
                    contains(builder, event.<String>get("subject"), pattern),
                    contains(builder, event.<String>get("detail"), pattern),
                    contains(builder, event.<String>get("remoteAddress"), pattern)));
        }
        if (!query.types().isEmpty()) {
            conditions.add(event.get("type").in(query.types()));
        }
        if (query.from() != null) {
            conditions.add(builder.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            conditions.add(builder.lessThan(event.<Instant>get("occurredAt"), query.to()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    private static Predicate contains(CriteriaBuilder builder, Expression<String> column, String pattern) {
        return builder.like(builder.lower(column), pattern, ESCAPE);
    }

    /** A typed % or _ means that character, not "anything". */
    private static String escapeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
