"""Use cases: each takes a Session and returns plain data (dataclasses), never ORM objects."""
