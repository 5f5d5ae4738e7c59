package org.designcoach.design;

import java.util.Set;

/**
 * What one component is for, as the catalog says: what it is (its kind, such as {@code cache}), the jobs it does
 * (capabilities such as {@code global-routing}) and how well it does them (qualities such as
 * {@code zone-replication}). Comparing two designs pairs components by these, never by their ids or labels.
 */
public record ComponentJob(String kind, Set<String> jobs, Set<String> qualities) {

    public ComponentJob {
        jobs = Set.copyOf(jobs);
        qualities = Set.copyOf(qualities);
    }
}
