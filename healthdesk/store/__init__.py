"""The encrypted SQLCipher store: engine, keys, models, outbox, migrations."""
