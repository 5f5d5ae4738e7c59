package org.designcoach.simulation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One tick's figures by id (a component's utilisation, an arrow's traffic), read-only. Every tick of a
 * run shares the same {@link Keys}, so a tick holds one array of numbers per series instead of a map
 * of boxed numbers: an hour-long run of a large design stays a few megabytes.
 */
final class Figures extends AbstractMap<String, Double> {

    private final Keys keys;
    private final double[] values;

    Figures(Keys keys, double[] values) {
        if (values.length != keys.names.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.names.size() + " keys");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public @Nullable Double get(@Nullable Object key) {
        Integer index = keys.index.get(key);
        return index == null ? null : values[index];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return keys.index.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.names.get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /** The ids of a series, in order, with each one's position. */
    static final class Keys {

        private final List<String> names;
        private final Map<String, Integer> index;

        Keys(List<String> names) {
            this.names = List.copyOf(names);
            this.index = IntStream.range(0, this.names.size()).boxed()
                    .collect(Collectors.toMap(this.names::get, i -> i, (first, repeat) -> first));
        }

        int size() {
            return names.size();
        }
    }
}
