package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/** Case contexts for tests, built by changing one fact at a time from a quiet default. */
record Contexts(double peakQps, double availability, boolean readHeavy, boolean asyncWork, boolean fullTextSearch,
        boolean staticContent, boolean globalUsers, boolean guaranteedDelivery, List<String> compliance,
        Map<String, String> required) {

    static Contexts quiet() {
        return new Contexts(500, 99.9, false, false, false, false, false, false, List.of(), Map.of());
    }

    Contexts peak(double qps) {
        return new Contexts(qps, availability, readHeavy, asyncWork, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, required);
    }

    Contexts availability(double percent) {
        return new Contexts(peakQps, percent, readHeavy, asyncWork, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, required);
    }

    Contexts withReadHeavyLoad() {
        return new Contexts(peakQps, availability, true, asyncWork, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, required);
    }

    Contexts withAsyncWork() {
        return new Contexts(peakQps, availability, readHeavy, true, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, required);
    }

    Contexts withFullTextSearch() {
        return new Contexts(peakQps, availability, readHeavy, asyncWork, true, staticContent, globalUsers,
                guaranteedDelivery, compliance, required);
    }

    Contexts globalStatic() {
        return new Contexts(peakQps, availability, readHeavy, asyncWork, fullTextSearch, true, true,
                guaranteedDelivery, compliance, required);
    }

    Contexts withGuaranteedDelivery() {
        return new Contexts(peakQps, availability, readHeavy, asyncWork, fullTextSearch, staticContent, globalUsers,
                true, compliance, required);
    }

    Contexts regulatedAndPublic() {
        return new Contexts(peakQps, availability, readHeavy, asyncWork, fullTextSearch, staticContent, true,
                guaranteedDelivery, List.of("PCI-DSS"), required);
    }

    Contexts requires(String type) {
        return new Contexts(peakQps, availability, readHeavy, asyncWork, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, Map.of(type, "The case needs it."));
    }

    DesignContext build() {
        return new DesignContext(peakQps, availability, 1, readHeavy, asyncWork, fullTextSearch, staticContent,
                globalUsers, guaranteedDelivery, compliance, required);
    }
}
