package org.designcoach.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Orders tables so that every table comes after the tables it refers to (Kahn's algorithm). */
final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param parents for each table, the tables it refers to; references to tables outside the map are ignored
     * @return the tables, parents first; among tables free to go next, alphabetical, so the order is stable
     * @throws BackupException when tables refer to each other in a cycle
     */
    static List<String> parentsFirst(Map<String, Set<String>> parents) {
        List<String> ordered = new ArrayList<>();
        Set<String> waiting = new TreeSet<>(parents.keySet());
        while (!waiting.isEmpty()) {
            String next = waiting.stream()
                    .filter(table -> parents.get(table).stream()
                            .noneMatch(parent -> waiting.contains(parent) && !parent.equals(table)))
                    .findFirst()
                    .orElseThrow(() -> new BackupException("The tables " + String.join(", ", waiting)
                            + " cannot be ordered: some of them refer to each other in a cycle, so no order lets "
                            + "their rows be restored. "
                            + "Break the cycle in a migration (a nullable reference filled in later)."));
            ordered.add(next);
            waiting.remove(next);
        }
        return ordered;
    }
}
