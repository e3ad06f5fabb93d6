"""GUI start-up: logging, crash handler, translator, migration, then the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smallcrm import __version__
from smallcrm.core import schema_state
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.logs import previous_crash_log, setup_logging
from smallcrm.core.paths import APP_NAME, Profile
from smallcrm.gui.i18n import install_translator, system_language

log = logging.getLogger(__name__)

# Set by bench/startup.py: print when the first frame of the main window is painted, exit.
EXIT_AFTER_PAINT_ENV = "SMALLCRM_EXIT_AFTER_FIRST_PAINT"


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The QApplication with SmallCRM's identity and the user's language installed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translator(app, language)
    return app


def prepare_profile(home: str | None, db_url: str | None) -> tuple[Profile, Database]:
    """Open the profile, start logging into it and bring its database to this version."""
    profile = Profile.open(home, db_url)
    setup_logging(profile.logs_dir)
    database = Database(profile.url)
    log.info("SmallCRM %s starting on %r", __version__, database)
    if schema_state.is_current(profile):
        return profile, database
    from smallcrm.core import migrate

    try:
        result = migrate.upgrade(profile, database)
    except BaseException:
        database.dispose()
        raise
    if result.changed:
        log.info("Database upgraded from %s to %s", result.before, result.after)
    return profile, database


def ensure_firm_alphabet(database: Database, language: str) -> None:
    """Give the firm an alphabet for its name lists the first time the app opens it: the
    interface language's (core.collation knows the same languages). Later starts, and other
    users' other interface languages, leave the firm's choice alone."""
    from smallcrm.core.services.name_order import has_firm_language, set_firm_language

    with database.session_scope() as session:
        if has_firm_language(session):
            return
    # Once per database, before the window shows its first list: like the migration just
    # before it, this runs before any other writer.
    with database.session_scope() as session:
        if not has_firm_language(session):
            changed = set_firm_language(session, language)
            log.info("Names sorted in the %s alphabet (%d keys made again)", language, changed)


class _FirstPaintProbe(QObject):
    """Reports the first painted frame of a window, then ends the process (benchmarks)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            # Let this paint finish and reach the backing store before reporting.
            QTimer.singleShot(0, self._report)
            watched.removeEventFilter(self)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        os._exit(0)


def run(home: str | None = None, db_url: str | None = None, language: str | None = None) -> int:
    """Start the desktop app and run its event loop; returns the exit code."""
    import sqlite3

    from smallcrm.gui.crash import install_excepthook

    app = create_application(sys.argv[:1], language)
    window: QWidget | None = None
    try:
        profile, database = prepare_profile(home, db_url)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, f"{exc.message}\n\n{exc.hint}".strip())
        return 2
    except (OSError, sqlite3.Error) as exc:
        # No profile folder, no database file: the user can act on these, so no crash dialog.
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("App", "SmallCRM could not open its profile folder or database:")
            + f"\n\n{exc}",
        )
        return 2

    # Installed once logging points at the profile, before anything else can fail.
    crash_handler = install_excepthook(profile.logs_dir, lambda: window)
    interface = language
    if language is None:  # no --lang: the language chosen in Preferences, if any
        from smallcrm.gui.settings import Settings

        chosen = Settings(profile).language
        if chosen:
            install_translator(app, chosen)
        interface = chosen or None
    ensure_firm_alphabet(database, interface or system_language())
    from smallcrm.gui.main_window import MainWindow

    window = MainWindow(profile, database)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    # After the first paint: reminders due now, and those missed while closed, pop up.
    QTimer.singleShot(2_000, window.start_reminders)
    QTimer.singleShot(2_500, window.start_mail_sync)
    # What start-up made (modules, Qt wrappers, the first page) lives as long as the app:
    # out of the collector's sight, a full collection during a sync takes a fraction of
    # the time it stops every thread for, the window's included.
    QTimer.singleShot(3_000, gc.freeze)

    crashed_before = previous_crash_log(profile.logs_dir)
    if crashed_before is not None:
        log.warning("The previous session ended in a crash; its report is in %s", crashed_before)
        window.statusBar().showMessage(
            app.translate(
                "App", "SmallCRM closed unexpectedly last time; the report is in %1."
            ).replace("%1", str(crashed_before)),
            15_000,
        )
    try:
        return app.exec()
    finally:
        crash_handler.uninstall()
        database.dispose()
        log.info("SmallCRM stopped")
