-- Erasing an account on request keeps the reviews its owner wrote as a mentor: they belong to the
-- learners' records. The review then names the mentor by the anonymous id that stands for the erased
-- person (never a valid username), which no account row holds, so the mentor column can no longer
-- refer to user_account. Claims still name a living mentor: the service checks them as before.

ALTER TABLE review_submission DROP CONSTRAINT fk_review_submission_mentor;
