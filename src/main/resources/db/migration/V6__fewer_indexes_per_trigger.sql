-- A trigger writes a dialogue and its deliveries, and a worker then updates each delivery
-- (an update rewrites every index of the row): each index costs every delivery.

-- delivery.dialogue_id was written and never read, and its key only cascaded the deletes
-- of dialogues, which happen with their assistant (whose webhooks' deliveries go with
-- them) or by a reset (which deletes the deliveries first). The delivery names its
-- dialogue by SID, as it did.
ALTER TABLE delivery DROP CONSTRAINT delivery_dialogue_fk;
DROP INDEX delivery_dialogue_idx;
ALTER TABLE delivery DROP COLUMN dialogue_id;

-- A reset of one account finds its dialogues through its assistants (the key's index).
DROP INDEX dialogue_account_idx;
