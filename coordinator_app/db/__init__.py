"""Engine, sessions, migrations and the safe opening of a database."""
