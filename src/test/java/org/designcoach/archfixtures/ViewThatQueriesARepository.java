package org.designcoach.archfixtures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A view that lists rows straight from a repository, skipping the service: what the view rule must catch. */
public class ViewThatQueriesARepository extends Div {

    public ViewThatQueriesARepository(NotesRepository notes) {
        notes.findAll().forEach(note -> add(new Span(note)));
    }
}
