package org.designcoach.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

class InternalErrorViewTest {

    @Test
    void aFailedNavigationShowsAReferenceToQuoteButNeverTheExceptionText() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("session/42"));
        var view = new InternalErrorView();

        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("Check constraint invalid: The database has been closed [90098-240]")));

        String shown = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(shown).contains("This page could not be opened").containsPattern("Reference: [0-9a-f]{10}")
                .doesNotContain("database", "90098", "IllegalStateException", "constraint");
    }

    @Test
    void eachFailureGetsAReferenceOfItsOwn() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("progress"));
        var first = new InternalErrorView();
        var second = new InternalErrorView();

        first.setErrorParameter(event, new ErrorParameter<>(Exception.class, new RuntimeException("one")));
        second.setErrorParameter(event, new ErrorParameter<>(Exception.class, new RuntimeException("two")));

        assertThat(first.getElement().getTextRecursively()).isNotEqualTo(second.getElement().getTextRecursively());
    }
}
