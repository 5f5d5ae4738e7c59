package org.designcoach.security;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts to list: usernames containing {@code text} (case-insensitive; empty for all),
 * of one role or any ({@code null}), enabled, disabled or both ({@code null}).
 */
public record AccountSearch(String text, @Nullable Role role, @Nullable Boolean enabled) {

    public static final AccountSearch ALL = new AccountSearch("", null, null);
}
