package org.designcoach.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns every error status that the framework sends on an API address (an unknown path, a wrong
 * method, a wrong media type) into a problem document at once. Without it, such a status is
 * rendered by an error dispatch to {@code /error}, which the application's chain answers with a
 * redirect to the sign-in page.
 */
class ApiErrorResponses extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new ProblemOnError(request, response));
    }

    static String detail(HttpStatus status, HttpServletRequest request, @Nullable String allowed,
            @Nullable String accepted) {
        String call = request.getMethod() + " " + request.getRequestURI();
        return switch (status) {
            case NOT_FOUND -> "There is no API call at " + call + ". The OpenAPI document at "
                    + ApiSecurityConfig.OPENAPI_PATH + " lists them all.";
            case METHOD_NOT_ALLOWED -> request.getRequestURI() + " does not take " + request.getMethod()
                    + (allowed == null || allowed.isBlank() ? "." : "; it takes " + allowed + ".");
            case UNSUPPORTED_MEDIA_TYPE -> "This call takes a JSON body: send it with 'Content-Type: "
                    + (accepted == null || accepted.isBlank() ? "application/json" : accepted) + "'.";
            case NOT_ACCEPTABLE -> "This call answers in JSON only: accept application/json, or leave the Accept "
                    + "header out.";
            case PAYLOAD_TOO_LARGE -> "The body is too large for this call.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; the error is logged."
                    : "The request to " + call + " cannot be answered: " + status.getReasonPhrase() + ".";
        };
    }

    /** Writes the problem in place of the container's error page; the response is complete after it. */
    private static final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int code) throws IOException {
            sendError(code, null);
        }

        @Override
        public void sendError(int code, @Nullable String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response to " + request.getRequestURI()
                        + " was already sent before the error " + code);
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            resetBuffer();
            Problems.write((HttpServletResponse) getResponse(), status,
                    detail(status, request, getHeader(HttpHeaders.ALLOW), getHeader(HttpHeaders.ACCEPT)));
            flushBuffer();
        }
    }
}
