package org.designcoach.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Runs of consecutive practice days. */
final class Streaks {

    private Streaks() {
    }

    /**
     * The run that reaches today (or yesterday, when today has no practice yet) and the longest run.
     * Days after today (a clock set back) do not count.
     */
    static Progress.Streak of(Collection<LocalDate> practiceDays, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>(practiceDays).headSet(today, true);
        LocalDate end = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        for (LocalDate day = end; days.contains(day); day = day.minusDays(1)) {
            current++;
        }
        return new Progress.Streak(current, longest(days));
    }

    private static int longest(NavigableSet<LocalDate> days) {
        int longest = 0;
        int run = 0;
        @Nullable LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
