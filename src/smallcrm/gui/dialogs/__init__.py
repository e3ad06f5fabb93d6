"""Dialogs opened from the menus: import and export of contacts."""

from smallcrm.gui.dialogs.export_dialog import ExportDialog, run_export
from smallcrm.gui.dialogs.import_dialog import ImportDialog, run_import

__all__ = ["ExportDialog", "ImportDialog", "run_export", "run_import"]
