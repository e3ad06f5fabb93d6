"""Real servers started by the test fixtures on free 127.0.0.1 ports."""
