"""The Qt-free core: data, rules and sync; imports neither gui nor PySide6."""
