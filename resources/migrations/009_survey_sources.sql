-- Schema version 9: the codes a survey tool gave a question's options.

-- A survey read from LimeSurvey, Qualtrics or an XLSForm keeps the codes of
-- its options (`;`-separated, in the order of `options`), so answers exported
-- by that tool later, which name options by code, still find their label.
-- Null for options written in CX Desk.
ALTER TABLE questions ADD COLUMN option_codes TEXT;
