-- Account administration: passwords an admin hands out must be replaced by their owner, and
-- one-time links (invitations and password resets) of which only a SHA-256 hash is kept.

ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE password_reset_token (
    token_hash VARCHAR(64) NOT NULL,
    username   VARCHAR(32) NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_password_reset_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_password_reset_token_account FOREIGN KEY (username)
        REFERENCES user_account (username) ON DELETE CASCADE,
    CONSTRAINT ck_password_reset_token_purpose CHECK (purpose IN ('INVITE', 'RESET'))
);

CREATE INDEX ix_password_reset_token_username ON password_reset_token (username);
