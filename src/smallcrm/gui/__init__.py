"""The PySide6 desktop interface: shows the core and sends it the user's intents."""
