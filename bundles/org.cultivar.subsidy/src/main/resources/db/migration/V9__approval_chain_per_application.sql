-- The approval chain an application's round was first decided under ("key:ROLE,key:ROLE"), kept so
-- that a chain changed in the engine's configuration meanwhile applies to new rounds only: a
-- shortened chain would otherwise leave an application at a step that no longer exists, a longer
-- one would ask for a step the application was never meant to need. NULL: no step taken yet in
-- this round (and every application of earlier versions), so the chain in force applies.
ALTER TABLE subsidy_application ADD COLUMN approval_chain VARCHAR(1000);
