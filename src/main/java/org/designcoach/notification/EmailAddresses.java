package org.designcoach.notification;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What we accept as an address for notification emails: one plain address, as browsers check it. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    /** The HTML standard's email pattern, but with a dot in the domain: mail leaves this server. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /**
     * The typed address without surrounding spaces, or {@code null} when none was typed.
     *
     * @throws InvalidEmailException saying what is wrong and how to write it instead
     */
    static @Nullable String check(String typed, boolean emailsWanted) {
        String address = typed.strip();
        if (address.isEmpty()) {
            if (emailsWanted) {
                throw new InvalidEmailException("Enter the address to send notifications to, or untick the email "
                        + "box to get them only here in the app.");
            }
            return null;
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidEmailException("An email address has at most " + MAX_LENGTH + " characters; this one has "
                    + address.length() + ".");
        }
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidEmailException("This is not an email address we can send to. Write one address such as "
                    + "lena@example.com: no spaces, no name in angle brackets, a dot in the part after the @.");
        }
        return address;
    }

    /** The address a person typed cannot be used; the message is meant for the email field. */
    static final class InvalidEmailException extends NotificationException {

        InvalidEmailException(String message) {
            super(message);
        }
    }
}
