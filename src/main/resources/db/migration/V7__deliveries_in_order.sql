-- A delivery goes after the earlier pending deliveries of its dialogue to its webhook,
-- unless its trigger asked for all at once: concurrent is then true. The claim ranks
-- only pending rows, so no index is added for it. Deliveries recorded before this
-- migration are ordered too.
ALTER TABLE delivery ADD COLUMN concurrent BOOLEAN DEFAULT FALSE NOT NULL;
