"""Standard file formats in and out (vCard, CSV, iCalendar, MIME): parse and emit plain records."""
