package org.designcoach.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.designcoach.design.DesignJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** RFC 9457 problem documents written straight from filters, before Spring MVC is reached. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(DesignJson.MAPPER.writeValueAsString(body));
    }
}
