"""One page per navigation section of the main window, each built on its first visit."""
