@NullMarked
package org.designcoach.content;

import org.jspecify.annotations.NullMarked;
