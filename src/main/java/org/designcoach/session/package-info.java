/**
 * Practice sessions: one case through the five stages of the interview on the server's clock,
 * saved as the learner types, scored stage by stage, ending in a report.
 */
@NullMarked
package org.designcoach.session;

import org.jspecify.annotations.NullMarked;
