-- Schema version 6: printed paper forms.

-- Every batch of numbered paper forms that was printed or saved as a PDF:
-- forms first_number to last_number (both included) of a survey. The next
-- batch starts after the highest number printed, so a number still in a
-- customer's hands is never printed again by accident, and the entry of a
-- returned card can tell whether its number was ever printed.
CREATE TABLE printed_forms (
    id           INTEGER PRIMARY KEY,
    survey_id    INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    first_number INTEGER NOT NULL CHECK (first_number >= 1),
    last_number  INTEGER NOT NULL CHECK (last_number >= first_number),
    printed_at   TEXT NOT NULL
);
CREATE INDEX printed_forms_survey ON printed_forms (survey_id, last_number, first_number);
