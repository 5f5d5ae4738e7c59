-- Accounts carry the name and email address people are known by. An account made by single sign-on
-- remembers the identity it belongs to (the provider's issuer and the person's subject there), so that a
-- renamed person or a username taken locally never joins two people into one account.

ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN display_name VARCHAR(100);
ALTER TABLE user_account ADD COLUMN sso_issuer VARCHAR(255);
ALTER TABLE user_account ADD COLUMN sso_subject VARCHAR(255);
ALTER TABLE user_account ADD CONSTRAINT uq_user_account_sso UNIQUE (sso_issuer, sso_subject);
