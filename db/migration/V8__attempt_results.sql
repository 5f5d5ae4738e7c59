-- The result of a finished attempt, computed once when it finishes (scores per stage, time against
-- budget, estimation accuracy, points lost per rule category) so that a progress page of hundreds of
-- attempts reads small JSON documents instead of scoring every attempt again. Attempts finished
-- before this column existed get their result computed the first time someone reads them.

ALTER TABLE practice_session ADD COLUMN result_json TEXT;
ALTER TABLE practice_session ADD COLUMN overall_score INTEGER;

ALTER TABLE practice_session ADD CONSTRAINT ck_practice_session_overall_score
    CHECK (overall_score IS NULL OR (overall_score BETWEEN 0 AND 100));
