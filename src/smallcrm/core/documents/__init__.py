"""The document store: content-addressed files, their records and their text."""
