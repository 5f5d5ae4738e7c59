/**
 * Deliberately bad classes, each breaking one rule of {@code ArchitectureTest}, so that {@code ArchitectureRulesTest}
 * can show every rule failing. Nothing here is a bean, a route or a repository Spring Data would create.
 */
@NullMarked
package org.designcoach.archfixtures;

import org.jspecify.annotations.NullMarked;
