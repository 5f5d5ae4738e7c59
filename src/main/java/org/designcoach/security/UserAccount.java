package org.designcoach.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person who signs in. The password is only ever held as a hash. */
@Entity
@Table(name = "user_account")
class UserAccount {

    static final int EMAIL_MAX_LENGTH = 254;
    static final int DISPLAY_NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = Usernames.MAX_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Set while the password is one the person did not choose: a temporary one or an invitation's. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(length = EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "display_name", length = DISPLAY_NAME_MAX_LENGTH)
    private @Nullable String displayName;

    /** The provider and the person's subject there, for an account made by single sign-on. */
    @Column(name = "sso_issuer")
    private @Nullable String ssoIssuer;

    @Column(name = "sso_subject")
    private @Nullable String ssoSubject;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected UserAccount() {
        // for JPA
    }

    UserAccount(String username, String passwordHash, Role role, Instant now) {
        this.username = Usernames.normalise(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** An account whose password someone else chose; its owner must replace it before doing anything else. */
    boolean signsInThroughProvider() {
        return ssoIssuer != null;
    }

    static UserAccount withPasswordToReplace(String username, String passwordHash, Role role, Instant now) {
        var account = new UserAccount(username, passwordHash, role, now);
        account.mustChangePassword = true;
        return account;
    }

    /**
     * An account made at a person's first sign-in through the identity provider. Its password hash
     * is of a secret nobody knows: the person signs in only through the provider.
     */
    static UserAccount fromProvider(String username, String unusableHash, Role role, String issuer, String subject,
            Instant now) {
        var account = new UserAccount(username, unusableHash, role, now);
        account.ssoIssuer = Objects.requireNonNull(issuer);
        account.ssoSubject = Objects.requireNonNull(subject);
        return account;
    }

    /**
     * An account an admin made for someone who will sign in through the provider: it names the issuer but
     * not yet the person's subject there, which their first sign-in fills in ({@link #bindSubject}).
     */
    static UserAccount awaitingProvider(String username, String unusableHash, Role role, String issuer, Instant now) {
        var account = new UserAccount(username, unusableHash, role, now);
        account.ssoIssuer = Objects.requireNonNull(issuer);
        return account;
    }

    /** Binds an account made for the provider to the person who signed in with its username, once. */
    void bindSubject(String subject) {
        if (ssoIssuer == null || ssoSubject != null) {
            throw new IllegalStateException("Only an account waiting for its first provider sign-in is bound");
        }
        this.ssoSubject = Objects.requireNonNull(subject);
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The owner chose this password, so nothing is left to replace. */
    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An admin set this password; the owner must replace it at the next sign-in. */
    void setTemporaryPasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getDisplayName() {
        return displayName;
    }

    /** The name to show for this person: the display name when there is one, else the username. */
    String nameToShow() {
        return displayName == null ? username : displayName;
    }

    /** Name and email as the identity provider or an admin gives them; blanks are stored as none, long ones cut. */
    void changeProfile(@Nullable String newDisplayName, @Nullable String newEmail) {
        this.displayName = cleaned(newDisplayName, DISPLAY_NAME_MAX_LENGTH);
        this.email = cleaned(newEmail, EMAIL_MAX_LENGTH);
    }

    private static @Nullable String cleaned(@Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= maxLength ? stripped : stripped.substring(0, maxLength);
    }

    void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
