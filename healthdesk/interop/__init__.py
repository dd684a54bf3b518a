"""Getting a record in and out of HealthDesk: the canonical JSON export and import, and
encrypted, self-contained backups. Works over the store's synced tables generically, so
a new table travels with no code change here."""
