package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating proxy, with forwarded headers trusted by the documented setting: a
 * request the proxy received over HTTPS gets HSTS and a session cookie marked Secure; one it
 * received over plain HTTP gets neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:forwarded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "designcoach.admin.username=root-admin",
        "designcoach.admin.password=deploy pipeline passphrase",
        "server.forward-headers-strategy=native"})
class ForwardedHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Test
    void aRequestTheProxyTookOverTlsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> response = protectedPage("https");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://designcoach.example.com/"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).contains(
                "max-age=31536000 ; includeSubDomains");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void aRequestTheProxyTookOverPlainHttpGetsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<String> response = protectedPage("http");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    /** A page that needs sign-in: the answer is a redirect, and the request kept for after sign-in makes a session. */
    private HttpResponse<String> protectedPage(String scheme) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/progress"))
                .header("X-Forwarded-Proto", scheme)
                .header("X-Forwarded-Host", "designcoach.example.com")
                .header("X-Forwarded-Port", "https".equals(scheme) ? "443" : "80")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
