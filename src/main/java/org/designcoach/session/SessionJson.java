package org.designcoach.session;

import org.designcoach.design.DesignJson;

/** The JSON form of a session's clock and answers, with the design format's mapper. */
final class SessionJson {

    private SessionJson() {
    }

    static String write(Object value) {
        return DesignJson.MAPPER.writeValueAsString(value);
    }

    static StageClock clock(String json) {
        return DesignJson.MAPPER.readValue(json, StageClock.class);
    }

    static SessionAnswers answers(String json) {
        return DesignJson.MAPPER.readValue(json, SessionAnswers.class);
    }
}
