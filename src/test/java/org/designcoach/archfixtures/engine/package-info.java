/** Stands in for an engine package: one class keeps the rule, one breaks it. */
@NullMarked
package org.designcoach.archfixtures.engine;

import org.jspecify.annotations.NullMarked;
