package org.designcoach.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finds accounts by the filters of the users page, one page of results at a time, by username. */
@Component
class AccountSearchQuery {

    private static final char ESCAPE = '\\';

    private final EntityManager entityManager;

    AccountSearchQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<UserAccount> find(AccountSearch search, int offset, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(UserAccount.class);
        Root<UserAccount> account = query.from(UserAccount.class);
        query.where(conditions(search, builder, account).toArray(Predicate[]::new))
                .orderBy(builder.asc(account.get("username")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    int count(AccountSearch search) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        var query = builder.createQuery(Long.class);
        Root<UserAccount> account = query.from(UserAccount.class);
        query.select(builder.count(account)).where(conditions(search, builder, account).toArray(Predicate[]::new));
        return Math.toIntExact(entityManager.createQuery(query).getSingleResult());
    }

    private static List<Predicate> conditions(AccountSearch search, CriteriaBuilder builder, Root<UserAccount> account) {
        List<Predicate> conditions = new ArrayList<>();
        String text = Usernames.normalise(search.text());
        if (!text.isEmpty()) {
            conditions.add(builder.like(account.get("username"), "%" + escapeWildcards(text) + "%", ESCAPE));
        }
        if (search.role() != null) {
            conditions.add(builder.equal(account.get("role"), search.role()));
        }
        if (search.enabled() != null) {
            conditions.add(builder.equal(account.get("enabled"), search.enabled()));
        }
        return conditions;
    }

    /** Usernames may hold an underscore, which LIKE would read as "any character". */
    private static String escapeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
