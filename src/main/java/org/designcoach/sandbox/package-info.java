/**
 * The sandbox: free design against any case on the canvas, saved per user and case, scored as it
 * changes, exported and imported as JSON.
 */
@NullMarked
package org.designcoach.sandbox;

import org.jspecify.annotations.NullMarked;
