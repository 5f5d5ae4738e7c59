package org.designcoach.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.designcoach.admin.PeopleImported;
import org.designcoach.security.AccountEvents.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes an erased person's name out of the log: every entry that named them as actor, as subject or in
 * its detail names their anonymous id instead, so that an auditor still sees what that person did and
 * what was done to them, together, but not who they were. Then the erasure itself is recorded, the
 * erased person again by the anonymous id. This is the only change ever made to written entries, hence
 * plain SQL rather than the entity, which allows none. Also records bulk imports of people.
 */
@Component
class ErasureAndImportListener {

    private final AuditLog log;
    private final JdbcClient jdbc;

    ErasureAndImportListener(AuditLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    /** A row whose detail may mention the erased name; the Java side decides where it does as a whole name. */
    private record Detail(long id, String detail) {
    }

    @EventListener
    void erased(AccountErased event) {
        String name = event.username().toLowerCase(Locale.ROOT);
        Set<Long> changed = new HashSet<>(jdbc.sql("select id from audit_event where lower(actor) = :name "
                + "or lower(subject) = :name").param("name", name).query(Long.class).list());
        jdbc.sql("update audit_event set actor = :id where lower(actor) = :name")
                .param("id", event.anonymousId()).param("name", name).update();
        jdbc.sql("update audit_event set subject = :id where lower(subject) = :name")
                .param("id", event.anonymousId()).param("name", name).update();
        List<Detail> mentions = jdbc.sql("select id, detail from audit_event where lower(detail) like :pattern")
                .param("pattern", "%" + name + "%").query(Detail.class).list();
        for (Detail mention : mentions) {
            String rewritten = event.anonymise(mention.detail());
            if (!rewritten.equals(mention.detail())) {
                jdbc.sql("update audit_event set detail = :detail where id = :id")
                        .param("detail", cut(rewritten)).param("id", mention.id()).update();
                changed.add(mention.id());
            }
        }
        log.record(AuditEventType.ACCOUNT_ERASED, event.actor(), event.anonymousId(), "Erased the account of a "
                + event.role().name().toLowerCase(Locale.ROOT) + " with its personal data on request; "
                + "earlier entries name it " + event.anonymousId() + " (" + changed.size()
                + (changed.size() == 1 ? " entry" : " entries") + " changed)");
    }

    @EventListener
    void imported(PeopleImported event) {
        log.record(AuditEventType.PEOPLE_IMPORTED, event.actor(), null, "Imported " + event.created()
                + (event.created() == 1 ? " account" : " accounts") + " from '" + event.fileName() + "'"
                + (event.skipped() == 0 ? "" : "; " + event.skipped() + (event.skipped() == 1 ? " row" : " rows")
                        + " with problems left out"));
    }

    private static String cut(String detail) {
        return detail.length() <= AuditEvent.DETAIL_LENGTH ? detail
                : detail.substring(0, AuditEvent.DETAIL_LENGTH - 1) + "…";
    }
}
