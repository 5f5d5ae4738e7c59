/**
 * The design canvas: the {@code <design-canvas>} web component (frontend/components/design-canvas)
 * and its Java side. One design in, change events out; whoever embeds it owns the design and
 * checks what comes back.
 */
@NullMarked
package org.designcoach.canvas;

import org.jspecify.annotations.NullMarked;
