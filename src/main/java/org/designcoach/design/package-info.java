@NullMarked
package org.designcoach.design;

import org.jspecify.annotations.NullMarked;
