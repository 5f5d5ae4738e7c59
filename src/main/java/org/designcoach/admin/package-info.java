@NullMarked
package org.designcoach.admin;

import org.jspecify.annotations.NullMarked;
