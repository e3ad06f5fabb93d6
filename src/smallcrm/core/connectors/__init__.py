"""Protocol adapters (IMAP, EWS, Graph, CalDAV): blocking, no DB, no Qt; they yield plain data."""
