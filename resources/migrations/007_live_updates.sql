-- Schema version 7: the customer list read from one index in every order.

-- The list sorts by name and then by id, which tells equal names apart; with
-- the id second in the index, a page of the list, or of a search, is read in
-- that order from the index alone in either direction, with no sorting of
-- the names that tie.
DROP INDEX customers_list;
CREATE INDEX customers_list ON customers
    (sort_key, id, name, email, phone, external_id, segment, first_contact_on, converted_on, churned_on, search_key);
