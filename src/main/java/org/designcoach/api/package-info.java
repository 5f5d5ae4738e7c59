/**
 * The REST API under /api/v1 for companies and tools: cases, the catalog and scoring, with
 * personal API tokens (stored hashed, rate limited per token) that users manage on their profile.
 */
@NullMarked
package org.designcoach.api;

import org.jspecify.annotations.NullMarked;
