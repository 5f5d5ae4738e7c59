@NullMarked
package org.designcoach.rules;

import org.jspecify.annotations.NullMarked;
