@NullMarked
package org.designcoach;

import org.jspecify.annotations.NullMarked;
