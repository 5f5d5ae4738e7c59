package org.designcoach.audit;

import org.springframework.data.repository.Repository;

/** Append only: the log can add entries and nothing else (searches go through {@link AuditSearch}). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}
