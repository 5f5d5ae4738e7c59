package org.designcoach.cohort;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.designcoach.cohort.CohortEvents.Membership;
import org.designcoach.security.AccountService;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** Administrators create cohorts, put learners in them and assign their mentors. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CohortService {

    private final CohortRepository cohorts;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CohortService(CohortRepository cohorts, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CohortSummary> all() {
        return cohorts.findAllByOrderByNameAsc().stream().map(Cohort::summary).toList();
    }

    @Transactional
    public CohortSummary create(String name, String description) {
        String cleanName = name(name, null);
        return cohorts.saveAndFlush(new Cohort(cleanName, description(description), clock.instant())).summary();
    }

    /** Renames or redescribes a cohort, refused when someone changed it since it was read. */
    @Transactional
    public CohortSummary describe(long id, long version, String name, String description) {
        Cohort cohort = cohort(id);
        if (cohort.getVersion() != version) {
            throw stale();
        }
        cohort.describe(name(name, id), description(description));
        return flushed(cohort);
    }

    @Transactional
    public void delete(long id) {
        Cohort cohort = cohort(id);
        var deleted = new CohortEvents.CohortDeleted(id, cohort.getName(), cohort.getLearners().size(),
                cohort.getMentors().size(), CurrentUser.username());
        cohorts.delete(cohort);
        cohorts.flush();
        events.publishEvent(deleted);
        events.publishEvent(new CohortEvents.MembershipNarrowed(id));
    }

    @Transactional
    public CohortSummary addLearner(long id, String username) {
        return add(id, username, Membership.LEARNER);
    }

    @Transactional
    public CohortSummary removeLearner(long id, String username) {
        return remove(id, username, Membership.LEARNER);
    }

    @Transactional
    public CohortSummary addMentor(long id, String username) {
        return add(id, username, Membership.MENTOR);
    }

    @Transactional
    public CohortSummary removeMentor(long id, String username) {
        return remove(id, username, Membership.MENTOR);
    }

    private CohortSummary add(long id, String username, Membership as) {
        Cohort cohort = cohort(id);
        String member = as == Membership.LEARNER
                ? account(username, Role.LEARNER, "learner") : account(username, Role.MENTOR, "mentor");
        boolean added = members(cohort, as).add(member);
        CohortSummary summary = flushed(cohort);
        if (added) {
            events.publishEvent(new CohortEvents.MemberAdded(id, cohort.getName(), member, as, CurrentUser.username()));
        }
        return summary;
    }

    private CohortSummary remove(long id, String username, Membership as) {
        Cohort cohort = cohort(id);
        boolean removed = members(cohort, as).remove(username);
        return narrowed(cohort, removed ? username : null, as);
    }

    private static Set<String> members(Cohort cohort, Membership as) {
        return as == Membership.LEARNER ? cohort.getLearners() : cohort.getMentors();
    }

    private String account(String username, Role role, String roleName) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new CohortException("Type the username of a " + roleName + ".");
        }
        Role actual = accounts.roleOf(name).orElseThrow(() ->
                new CohortException("There is no active account named '" + name + "'. Check the spelling."));
        if (actual != role) {
            throw new CohortException("'" + name + "' is a " + actual.name().toLowerCase(Locale.ROOT)
                    + ", not a " + roleName + ". Change their role on the Users page first.");
        }
        return name;
    }

    private String name(String name, @Nullable Long id) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new CohortException("Give the cohort a name, such as 'Platform team' or 'Spring class 2027'.");
        }
        if (clean.length() > Cohort.MAX_NAME) {
            throw new CohortException("A cohort name has at most " + Cohort.MAX_NAME + " characters.");
        }
        cohorts.findByNameIgnoreCase(clean).filter(other -> id == null || other.getId() != id).ifPresent(other -> {
            throw new CohortException("There is already a cohort named '" + other.getName() + "'. Choose another name.");
        });
        return clean;
    }

    private static String description(String description) {
        String clean = description.strip();
        if (clean.length() > Cohort.MAX_DESCRIPTION) {
            throw new CohortException("A description has at most " + Cohort.MAX_DESCRIPTION + " characters.");
        }
        return clean;
    }

    private Cohort cohort(long id) {
        return cohorts.findById(id).orElseThrow(() -> new CohortException("This cohort no longer exists."));
    }

    private CohortSummary flushed(Cohort cohort) {
        try {
            return cohorts.saveAndFlush(cohort).summary();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private CohortSummary narrowed(Cohort cohort, @Nullable String removed, Membership as) {
        CohortSummary summary = flushed(cohort);
        if (removed != null) {
            events.publishEvent(new CohortEvents.MemberRemoved(summary.id(), cohort.getName(), removed, as,
                    CurrentUser.username()));
        }
        events.publishEvent(new CohortEvents.MembershipNarrowed(summary.id()));
        return summary;
    }

    private static CohortException stale() {
        return new CohortException("Someone else changed this cohort a moment ago. Reload the page and try again.");
    }
}
