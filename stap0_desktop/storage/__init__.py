"""The only place with SQL and at-rest keys. No Qt."""
