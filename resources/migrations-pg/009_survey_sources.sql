-- Schema version 9 on a PostgreSQL server: migrations/009_survey_sources.sql.

ALTER TABLE questions ADD COLUMN option_codes text;
