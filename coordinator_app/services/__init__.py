"""The rules and the work of the application: plain Python over a SQLAlchemy Session."""
