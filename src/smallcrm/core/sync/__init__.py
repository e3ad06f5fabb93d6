"""Sync engine support: running connectors, their checkpoints and account credentials."""
