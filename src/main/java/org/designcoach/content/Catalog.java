package org.designcoach.content;

import java.util.List;

/** The component catalog: the palette's categories and component types. */
public record Catalog(List<Category> categories, List<ComponentType> components) {

    public record Category(String id, String title) {
    }
}
