@NullMarked
package org.designcoach.base;

import org.jspecify.annotations.NullMarked;
