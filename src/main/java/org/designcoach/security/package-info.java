@NullMarked
package org.designcoach.security;

import org.jspecify.annotations.NullMarked;
