package org.designcoach.security;

/** A sign-in failure that knows the username as it was typed. */
interface TypedUsername {

    int MAX_KEPT = 256;

    String typedUsername();

    static String shortened(String typed) {
        return typed.length() > MAX_KEPT ? typed.substring(0, MAX_KEPT) : typed;
    }
}
