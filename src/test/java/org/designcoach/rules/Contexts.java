package org.designcoach.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Case contexts for tests: a quiet default, changed one fact at a time. Each call returns a copy. */
final class Contexts {

    private double peakQps = 500;
    private double availability = 99.9;
    private boolean readHeavy;
    private boolean asyncWork;
    private boolean fullTextSearch;
    private boolean staticContent;
    private boolean globalUsers;
    private boolean guaranteedDelivery;
    private boolean publicApi;
    private String consistency = "eventual";
    private String level = "mid";
    private int regions = 1;
    private final List<String> compliance = new ArrayList<>();
    private final List<KeyRequirement> required = new ArrayList<>();

    static Contexts quiet() {
        return new Contexts();
    }

    private Contexts copy() {
        Contexts copy = new Contexts();
        copy.peakQps = peakQps;
        copy.availability = availability;
        copy.readHeavy = readHeavy;
        copy.asyncWork = asyncWork;
        copy.fullTextSearch = fullTextSearch;
        copy.staticContent = staticContent;
        copy.globalUsers = globalUsers;
        copy.guaranteedDelivery = guaranteedDelivery;
        copy.publicApi = publicApi;
        copy.consistency = consistency;
        copy.level = level;
        copy.regions = regions;
        copy.compliance.addAll(compliance);
        copy.required.addAll(required);
        return copy;
    }

    Contexts peak(double qps) {
        Contexts copy = copy();
        copy.peakQps = qps;
        return copy;
    }

    Contexts availability(double percent) {
        Contexts copy = copy();
        copy.availability = percent;
        return copy;
    }

    Contexts withReadHeavyLoad() {
        Contexts copy = copy();
        copy.readHeavy = true;
        return copy;
    }

    Contexts withAsyncWork() {
        Contexts copy = copy();
        copy.asyncWork = true;
        return copy;
    }

    Contexts withFullTextSearch() {
        Contexts copy = copy();
        copy.fullTextSearch = true;
        return copy;
    }

    Contexts globalStatic() {
        Contexts copy = copy();
        copy.staticContent = true;
        copy.globalUsers = true;
        return copy;
    }

    Contexts withGuaranteedDelivery() {
        Contexts copy = copy();
        copy.guaranteedDelivery = true;
        return copy;
    }

    Contexts regulatedAndPublic() {
        Contexts copy = regulatedWithInternalCallers();
        copy.publicApi = true;
        return copy;
    }

    /** Regulated, with users everywhere, but only the operator's own services call its API. */
    Contexts regulatedWithInternalCallers() {
        Contexts copy = copy();
        copy.globalUsers = true;
        copy.compliance.add("PCI-DSS");
        return copy;
    }

    Contexts withPublicApi() {
        Contexts copy = copy();
        copy.publicApi = true;
        return copy;
    }

    Contexts withStaticContent() {
        Contexts copy = copy();
        copy.staticContent = true;
        return copy;
    }

    Contexts consistency(String need) {
        Contexts copy = copy();
        copy.consistency = need;
        return copy;
    }

    Contexts level(String interviewLevel) {
        Contexts copy = copy();
        copy.level = interviewLevel;
        return copy;
    }

    Contexts regions(int count) {
        Contexts copy = copy();
        copy.regions = count;
        return copy;
    }

    /** A key requirement met by any component with the capability. */
    Contexts requires(String capability) {
        Contexts copy = copy();
        copy.required.add(new KeyRequirement(capability, "Needs " + capability, "The case needs it.",
                List.of(capability), List.of()));
        return copy;
    }

    DesignContext build() {
        return new DesignContext(peakQps, availability, regions, readHeavy, asyncWork, fullTextSearch, staticContent,
                globalUsers, guaranteedDelivery, publicApi, consistency, level, compliance, required, Map.of());
    }
}
