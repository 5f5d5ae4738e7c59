package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiTokenFilterTest {

    @Test
    void aConflictWhileATokensUseIsRecordedIsAnswered503WithAProblemNotA500() throws Exception {
        ApiTokenService tokens = mock(ApiTokenService.class);
        when(tokens.authenticate(anyString())).thenThrow(new OptimisticLockingFailureException("raced"));
        var filter = new ApiTokenFilter(tokens, new ApiRateLimit(MutableClock.startingAt("2026-11-24T10:00:00Z"), 5));
        var request = new MockHttpServletRequest("GET", "/api/v1/cases");
        request.addHeader("Authorization", "Bearer dcp_secret");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Send the request again");
        assertThat(chain.getRequest()).isNull();
    }
}
