"""The main window: navigation, lazily built section pages, global search, menus, status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.gui.tasks import DB, IO, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon, pixmap

if TYPE_CHECKING:
    from smallcrm.gui.document_work import DocumentWork
    from smallcrm.gui.mail_sync import MailSync

log = logging.getLogger(__name__)

# Conflict-check keys of changed records (core.services.conflicts) are brought up to
# date while the app is idle, a chunk at a time so the write lane is never held long:
# a check after a big import then has nothing left to catch up on.
KEY_CHUNK = 2000
KEY_UPKEEP_MS = 60_000

SECTIONS = ("dashboard", "contacts", "matters", "tasks", "calendar", "documents", "mail")

_SETTINGS_GROUP = "MainWindow"


class MainWindow(QMainWindow):
    """The application shell; each section's page is built the first time it is shown."""

    sectionChanged = Signal(str)

    def __init__(
        self,
        profile: Profile,
        database: Database,
        *,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``remember=False`` neither restores nor saves window settings (screenshots)."""
        super().__init__(parent)
        self.profile = profile
        self.database = database
        self._remember = remember
        self._pages: dict[str, QWidget] = {}
        self._current = ""

        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("SmallCRM"))
        self.setWindowIcon(icon("app"))
        self.setUnifiedTitleAndToolBarOnMac(True)

        # Background lanes for database writes, reads and network work (see tasks.py).
        self.tasks = TaskRunner(self)

        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._palette: QWidget | None = None
        self._document_work: DocumentWork | None = None
        self._mail_sync: MailSync | None = None
        self.calendar_conflicts_dialog: QWidget | None = None
        self._copies_asked: set[tuple[int, int, int]] = set()
        self._copies_open: set[int] = set()
        self.last_copy_dialog: QWidget | None = None
        self.last_mail_window: QWidget | None = None
        self.palette_widget  # noqa: B018 - the search box lists hits from its first key

        section = "dashboard"
        if remember:
            section = self._restore_settings()
        else:
            self.resize(1280, 800)
        self.show_section(section)

        self._keys_busy = False
        self._keys_timer = QTimer(self)
        self._keys_timer.setInterval(KEY_UPKEEP_MS)
        self._keys_timer.timeout.connect(self.refresh_keys)
        self._keys_timer.start()
        QTimer.singleShot(5_000, self.refresh_keys)  # after the first screen settled

    def refresh_keys(self) -> None:
        """Bring a chunk of conflict-check keys up to date on the write lane; repeat while
        there is more."""
        if self._keys_busy:
            return
        self._keys_busy = True
        database = self.database

        def work(_context: object) -> int:
            from smallcrm.core.services.conflicts import refresh_keys

            with database.session_scope() as session:
                return refresh_keys(session, limit=KEY_CHUNK)

        def done(count: int) -> None:
            self._keys_busy = False
            if count >= KEY_CHUNK:
                QTimer.singleShot(0, self.refresh_keys)

        def failed(exc: BaseException) -> None:
            self._keys_busy = False
            log.warning("Updating the conflict-check keys failed: %s", exc)

        self.tasks.run(work, on_success=done, on_failure=failed, description="update keys")

    # --- construction --------------------------------------------------------------------

    def section_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "contacts": self.tr("Contacts"),
            "matters": self.tr("Matters"),
            "tasks": self.tr("Tasks"),
            "calendar": self.tr("Calendar"),
            "documents": self.tr("Documents"),
            "mail": self.tr("Mail"),
        }

    def _section_descriptions(self) -> dict[str, str]:
        return {
            "tasks": self.tr(
                "Your to-dos and deadlines will appear here, with reminders, priorities and "
                "links to the matters and people they concern."
            ),
            "calendar": self.tr(
                "Hearings, meetings and appointments will appear here, in step with your "
                "Exchange, Microsoft 365 or CalDAV calendars."
            ),
            "documents": self.tr(
                "Contracts, filings and other files will appear here, filed to their "
                "matters and contacts and searchable by their text."
            ),
            "mail": self.tr(
                "E-mail from your accounts will appear here, linked automatically to the "
                "contacts and matters it concerns."
            ),
        }

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

        brand = QWidget()
        brand_layout = QHBoxLayout(brand)
        brand_layout.setContentsMargins(10, 2, 0, 2)
        brand_layout.setSpacing(8)
        logo = QLabel()
        logo.setPixmap(pixmap("app", 24))
        brand_layout.addWidget(logo)
        name = QLabel("SmallCRM")
        font = name.font()
        font.setWeight(font.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        name.setFont(font)
        brand_layout.addWidget(name)
        brand_layout.addStretch(1)
        # Matches the navigation's width so the search box lines up with the page.
        brand.setFixedWidth(200)
        toolbar.addWidget(brand)

        left = QWidget()
        left.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(left)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("globalSearch")
        self.search_edit.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setMaximumWidth(560)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        toolbar.addWidget(self.search_edit)

        right = QWidget()
        right.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(right)
        # A twin of the brand's width keeps the search box centred over the page.
        balance = QWidget()
        balance.setFixedWidth(120)
        toolbar.addWidget(balance)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 10, 0, 10)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setUniformItemSizes(True)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        titles = self.section_titles()
        for number, name in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(icon(name, selected=highlight), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(
                self.tr("{section} (Ctrl+{number})").format(section=titles[name], number=number)
            )
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        side_layout.addWidget(self.nav)
        sidebar.setStyleSheet(self._sidebar_style(palette, highlight, text))

        line = QFrame()
        line.setObjectName("sidebarLine")
        line.setFixedWidth(1)
        line.setAutoFillBackground(True)
        line.setBackgroundRole(QPalette.ColorRole.Mid)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        layout.addWidget(sidebar)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    @staticmethod
    def _sidebar_style(palette: QPalette, highlight: QColor, text: QColor) -> str:
        window = palette.color(QPalette.ColorRole.Window)
        # A shade off the window colour separates the sidebar without a heavy border, in
        # light and dark themes alike.
        side = window.darker(104) if window.lightness() > 128 else window.lighter(115)
        tint = QColor(highlight)
        tint.setAlpha(38)
        hover = QColor(text)
        hover.setAlpha(18)
        selected_text = (
            highlight.darker(130) if window.lightness() > 128 else highlight.lighter(140)
        )

        def rgba(color: QColor) -> str:
            return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"

        return f"""
            QFrame#sidebar {{ background: {side.name()}; }}
            QListWidget#navigation {{ background: transparent; border: none; outline: 0; }}
            QListWidget#navigation::item {{
                padding-left: 10px; margin: 1px 8px; border-radius: 6px; color: {text.name()};
                border: 1px solid transparent;
            }}
            QListWidget#navigation::item:hover {{ background: {rgba(hover)}; }}
            QListWidget#navigation::item:selected {{
                background: {rgba(tint)}; color: {selected_text.name()}; font-weight: 600;
            }}
            QListWidget#navigation::item:selected:focus {{ border: 1px solid {highlight.name()}; }}
        """

    def _build_menus(self) -> None:
        bar = self.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_contact_action = QAction(icon("contacts"), self.tr("&New Contact"), self)
        self.new_contact_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_contact_action.triggered.connect(self._new_contact)
        file_menu.addAction(self.new_contact_action)
        self.new_matter_action = QAction(icon("matters"), self.tr("New &Matter"), self)
        self.new_matter_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_matter_action.triggered.connect(self._new_matter)
        file_menu.addAction(self.new_matter_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import Contacts…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(lambda: self._import_contacts())
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export Contacts…"), self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.triggered.connect(self._export_contacts)
        file_menu.addAction(self.export_action)
        self.duplicates_action = QAction(self.tr("Find &Duplicate Contacts…"), self)
        self.duplicates_action.triggered.connect(self._find_duplicates)
        file_menu.addAction(self.duplicates_action)
        file_menu.addSeparator()
        self.mail_accounts_action = QAction(self.tr("Mail &Accounts…"), self)
        self.mail_accounts_action.triggered.connect(self.open_mail_accounts)
        file_menu.addAction(self.mail_accounts_action)
        self.sync_mail_action = QAction(icon("sync"), self.tr("&Sync Mail Now"), self)
        self.sync_mail_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_mail_action.triggered.connect(self.sync_mail_now)
        file_menu.addAction(self.sync_mail_action)
        self.calendar_conflicts_action = QAction(self.tr("Calendar &Conflicts…"), self)
        self.calendar_conflicts_action.triggered.connect(self.open_calendar_conflicts)
        # Shown once an account syncs its calendar; enabled while something waits.
        self.calendar_conflicts_action.setVisible(False)
        self.calendar_conflicts_action.setEnabled(False)
        file_menu.addAction(self.calendar_conflicts_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        # Windows defines no standard Quit key; Ctrl+Q is what users expect there too.
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._edit_actions: dict[str, QAction] = {}
        for op, text, key in (
            ("undo", self.tr("&Undo"), QKeySequence.StandardKey.Undo),
            ("redo", self.tr("&Redo"), QKeySequence.StandardKey.Redo),
            (None, "", None),
            ("cut", self.tr("Cu&t"), QKeySequence.StandardKey.Cut),
            ("copy", self.tr("&Copy"), QKeySequence.StandardKey.Copy),
            ("paste", self.tr("&Paste"), QKeySequence.StandardKey.Paste),
            ("selectAll", self.tr("Select &All"), QKeySequence.StandardKey.SelectAll),
        ):
            if op is None:
                edit_menu.addSeparator()
                continue
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(lambda _checked=False, op=op: self._edit(op))
            edit_menu.addAction(action)
            self._edit_actions[op] = action
        edit_menu.addSeparator()
        self.find_action = QAction(icon("search"), self.tr("&Find…"), self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self._preferences)
        edit_menu.addAction(self.preferences_action)
        edit_menu.aboutToShow.connect(self._update_edit_actions)

        view_menu = bar.addMenu(self.tr("&View"))
        self._section_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        titles = self.section_titles()
        for number, name in enumerate(SECTIONS, start=1):
            action = QAction(icon(name), titles[name], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, name=name: self.show_section(name))
            group.addAction(action)
            view_menu.addAction(action)
            self._section_actions[name] = action
        # Shortcuts of menu actions fire only if the actions belong to a visible widget;
        # the window itself holds them so they work with the menu bar hidden (macOS, tests).
        self.addActions(
            [
                self.new_contact_action,
                self.new_matter_action,
                self.quit_action,
                self.find_action,
                self.sync_mail_action,
                *self._section_actions.values(),
            ]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About SmallCRM"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))
        help_menu.addAction(self.about_qt_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        holder = QWidget()
        sync_layout = QHBoxLayout(holder)
        sync_layout.setContentsMargins(0, 0, 8, 0)
        sync_layout.setSpacing(6)
        sync_icon = QLabel()
        sync_icon.setPixmap(pixmap("sync", 14))
        self.sync_label = QLabel(self.tr("No accounts to sync"))
        self.sync_label.setObjectName("syncStatus")
        sync_layout.addWidget(sync_icon)
        sync_layout.addWidget(self.sync_label)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("calendarConflictsButton")
        self.conflicts_button.setText(self.tr("Review…"))
        self.conflicts_button.setToolTip(self.tr("Calendar changes that wait for your decision"))
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.open_calendar_conflicts)
        sync_layout.addWidget(self.conflicts_button)
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setObjectName("busyStatus")
        self.busy_label.setVisible(False)
        self.tasks.busyChanged.connect(self.busy_label.setVisible)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(holder)

    # --- sections ------------------------------------------------------------------------

    def _page_factory(self, name: str) -> Callable[[], QWidget]:
        if name == "dashboard":
            return self._make_dashboard
        if name == "contacts":
            return self._make_contacts
        if name == "matters":
            return self._make_matters
        if name == "calendar":
            return self._make_calendar
        if name == "tasks":
            return self._make_tasks
        if name == "documents":
            return self._make_documents
        if name == "mail":
            return self._make_mail
        return lambda: self._make_placeholder(name)

    def _make_dashboard(self) -> QWidget:
        from smallcrm.gui.views.dashboard import DashboardView

        view = DashboardView(self.database, self.tasks, user_zone=self.user_zone)
        view.openSection.connect(self.show_section)
        view.recordRequested.connect(self.open_record)
        view.taskRequested.connect(self.open_task)
        view.occurrenceRequested.connect(self.open_occurrence)
        view.stageRequested.connect(self.show_matters_in_stage)
        return view

    def open_record(self, target: object) -> None:
        """Show a person or organisation (a Ref) on the Contacts page, or a matter (its id)."""
        from smallcrm.core.services.address_book import Ref

        if isinstance(target, Ref):
            self.show_section("contacts")
            contacts = self.page("contacts")
            if target.kind == "person":
                contacts.show_person(target.id)
            else:
                contacts.open_organization(target.id)
        elif isinstance(target, int):
            self.show_section("matters")
            open_matter = getattr(self.page("matters"), "open_matter", None)
            if open_matter is not None:
                open_matter(target)

    def _make_contacts(self) -> QWidget:
        # Imported here: the contacts page is not needed to paint the first window.
        from smallcrm.gui.views.contacts import ContactsView

        view = ContactsView(self.database, self.tasks)
        view.matterRequested.connect(self.open_matter)
        view.documentRequested.connect(lambda doc_id: self.open_hit("document", doc_id))
        view.messageRequested.connect(lambda message_id: self.open_hit("message", message_id))
        view.mailOfRequested.connect(self.show_mail_of)
        if self._remember:
            view.restore_state(self._settings())
        return view

    def _make_mail(self) -> QWidget:
        from smallcrm.gui.views.mail import MailView

        view = MailView(self.database, self.tasks, store_of=self.document_work.store)
        # New mail shows up in the list as a sync ends, without a click.
        self.mail_sync.syncFinished.connect(lambda _account: view.reload())
        self.mail_sync.accountsChanged.connect(view.reload_accounts)
        return view

    def show_mail_of(self, contact_id: int) -> None:
        """All mail to or from a person, in a window of its own beside the address book."""
        from smallcrm.gui.views.mail import MailView

        view = MailView(
            self.database, self.tasks, contact_id=contact_id, store_of=self.document_work.store
        )
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setParent(self, Qt.WindowType.Window)
        view.setWindowTitle(self.tr("Mail"))
        view.resize(1100, 700)
        view.show()
        self.last_mail_window = view

    @property
    def document_work(self) -> DocumentWork:
        """Adding files, reading their text and noticing edited copies, for every page."""
        if self._document_work is None:
            from smallcrm.gui.document_work import DocumentWork

            self._document_work = DocumentWork(self.profile, self.database, self.tasks, self)
            self._document_work.changedCopies.connect(self._offer_edited_copies)
        return self._document_work

    def _make_documents(self) -> QWidget:
        from smallcrm.gui.views.documents import DocumentsView

        view = DocumentsView(self.database, self.tasks, self.document_work)
        view.matterRequested.connect(self.open_matter)
        return view

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        # Back from another program: the user may have saved a document opened from here.
        if state == Qt.ApplicationState.ApplicationActive:
            self.document_work.check_returned()

    def _offer_edited_copies(self, copies: list) -> None:
        """Ask, for each copy changed in another program, whether to keep it as a version."""
        from smallcrm.gui.dialogs.edited_copy_dialog import EditedCopyDialog

        for copy in copies:
            seen = (copy.document_id, copy.mtime_ns, copy.size)
            if seen in self._copies_asked or copy.document_id in self._copies_open:
                continue  # "Not now" for this state of the file, or already asking
            self._copies_asked.add(seen)
            dialog = EditedCopyDialog(copy, self)
            self._copies_open.add(copy.document_id)

            def answered(choice: str, document_id: int = copy.document_id) -> None:
                self._copies_open.discard(document_id)
                if choice == "keep":
                    self.document_work.keep_copy(document_id, self._kept_copy)
                elif choice == "discard":
                    self.document_work.discard_copy(document_id)

            dialog.answered.connect(answered)
            dialog.open()
            self.last_copy_dialog = dialog

    def _kept_copy(self, result: object) -> None:
        number = getattr(result, "version", 0)
        self.statusBar().showMessage(
            self.tr("Your changes are stored as version {number}.").format(number=number), 8000
        )
        page = self._pages.get("documents")
        if page is not None and hasattr(page, "reload"):
            page.reload()

    def _make_matters(self) -> QWidget:
        from smallcrm.gui.views.matters import MattersView

        view = MattersView(self.database, self.tasks)
        view.contactRequested.connect(self.open_contact)
        if self._remember:
            view.restore_state(self._settings())
        return view

    def user_zone(self) -> str:
        """The IANA zone the calendar shows events in (a preference; the machine's)."""
        from smallcrm.gui.settings import time_zone

        return time_zone(self.profile)

    def _make_calendar(self) -> QWidget:
        from smallcrm.gui.views.calendar import CalendarPage

        page = CalendarPage(self.database, self.tasks, self.user_zone())
        # A sync brings the Exchange calendar's changes: the page shows them without a click.
        self.mail_sync.syncFinished.connect(lambda _account: page.refresh())
        return page

    def _make_tasks(self) -> QWidget:
        from smallcrm.gui.views.tasks import TasksView

        view = TasksView(self.database, self.tasks)
        view.recordRequested.connect(self.open_record)
        return view

    def start_reminders(self) -> None:
        """Pop up due reminders while the window is open; the first look names the ones
        missed while SmallCRM was closed."""
        from smallcrm.gui.reminders import ReminderCenter

        self.reminders = ReminderCenter(self.database, self.tasks, self.user_zone(), parent=self)
        self.reminders.openRequested.connect(self._open_reminder)
        self.reminders.start()

        # Series written by an older build, or whose rows fall short of today's horizon,
        # are expanded ahead in the background, so calendar views read rows.
        QTimer.singleShot(1_500, self._expand_calendar_ahead)
        self.start_document_work()

    def start_document_work(self) -> None:
        """Text a crash left unread is read now; copies edited while SmallCRM was closed
        are offered as versions; and again whenever the user comes back to the window."""
        work = self.document_work
        work.extract_pending()
        work.check_returned()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    @property
    def mail_sync(self) -> MailSync:
        """Syncs the mail accounts and keeps the status bar's sync line true; made on first use."""
        if self._mail_sync is None:
            from smallcrm.gui.mail_sync import MailSync

            self._mail_sync = MailSync(
                self.database, self.tasks, zone=self.user_zone(), parent=self, window=self
            )
            self._mail_sync.statusChanged.connect(self._show_sync_status)
        return self._mail_sync

    def start_mail_sync(self) -> None:
        """Accounts with a schedule sync on their timers from now on (after the first paint)."""
        self.mail_sync.start()

    def sync_mail_now(self) -> None:
        self.mail_sync.sync_now()

    def open_mail_accounts(self) -> QWidget:
        from smallcrm.gui.dialogs.mail_accounts_dialog import MailAccountsDialog

        sync = self.mail_sync
        sync.reload()
        dialog = MailAccountsDialog(self.database, self.tasks, sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_sync_status(self) -> None:
        sync = self.mail_sync
        self.sync_label.setText(sync.status_text())
        self.sync_label.setToolTip(sync.status_tooltip())
        waiting = sync.calendar_conflicts()
        self.conflicts_button.setVisible(waiting > 0)
        action = self.calendar_conflicts_action
        action.setVisible(sync.has_calendars() or waiting > 0)
        action.setEnabled(waiting > 0)
        if waiting:
            action.setText(self.tr("Calendar &Conflicts (%1)…").replace("%1", str(waiting)))
        else:
            action.setText(self.tr("Calendar &Conflicts…"))

    def open_calendar_conflicts(self) -> QWidget:
        """The calendar changes waiting for a decision (status bar, File menu); one window."""
        from shiboken6 import isValid

        from smallcrm.gui.dialogs.calendar_conflicts_dialog import CalendarConflictsDialog

        current = self.calendar_conflicts_dialog
        if current is not None and isValid(current) and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        sync = self.mail_sync
        dialog = CalendarConflictsDialog(
            self.database, self.tasks, zone=self.user_zone(), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(lambda _account, _event: self._calendar_changed())
        dialog.syncRequested.connect(sync.sync_now)
        dialog.conflictsCounted.connect(sync.note_conflicts)
        # A sync may bring new conflicts or settle some: the open list follows.
        sync.syncFinished.connect(dialog.reload)
        dialog.open()
        self.calendar_conflicts_dialog = dialog
        return dialog

    def _calendar_changed(self) -> None:
        page = self._pages.get("calendar")
        if page is not None:
            page.refresh()

    def _expand_calendar_ahead(self) -> None:
        database = self.database

        def work(_context: object) -> int:
            from smallcrm.core.services.calendar import expand_ahead, stale_series

            with database.session_scope() as session:
                return expand_ahead(session, stale_series(session, limit=50))

        def more(written: object) -> None:
            # A batch at a time, so the user's own writes on the lane wait for one batch only.
            if written:
                QTimer.singleShot(0, self._expand_calendar_ahead)
            else:
                self._warm_calendar()

        self.tasks.run(
            work,
            lane=DB,
            on_success=more,
            on_failure=lambda exc: log.warning("Preparing the calendar failed: %s", exc),
            description="expand calendar series ahead",
        )

    def _warm_calendar(self) -> None:
        """Read this season once on the read lane: the first look at the calendar then finds
        its weeks built and its statements compiled."""
        from datetime import datetime, timedelta

        database, zone = self.database, self.user_zone()

        def work(_context: object) -> int:
            from smallcrm.core import recurrence
            from smallcrm.core.services.calendar import occurrences

            now = datetime.now(recurrence.zone(zone))
            with database.session_scope() as session:
                found = occurrences(
                    session, now - timedelta(days=45), now + timedelta(days=75), user_zone=zone
                )
            return len(found)

        def loaded(_count: object) -> None:
            # The page's module too, while the user is busy elsewhere (10 ms of imports).
            import smallcrm.gui.views.calendar  # noqa: F401

        self.tasks.run(
            work,
            lane=IO,
            on_success=loaded,
            on_failure=lambda exc: log.warning("Preparing the calendar failed: %s", exc),
            description="prepare calendar",
        )

    def _open_reminder(self, reminder: object) -> None:
        matter_id = getattr(reminder, "matter_id", None)
        if getattr(reminder, "item_kind", "") == "task":
            self.show_section("tasks")
        elif matter_id is not None:
            self.open_matter(matter_id)
        else:
            self.show_section("calendar")

    def open_contact(self, key: int) -> None:
        """Show a person (key > 0) or an organisation (its id negated) on the contacts page."""
        self.show_section("contacts")
        contacts = self.page("contacts")
        if key > 0:
            contacts.show_person(key)
        else:
            contacts.open_organization(-key)

    def open_matter(self, matter_id: int) -> None:
        """Show a matter's page (from a contact's list of matters, say)."""
        self.show_section("matters")
        self.page("matters").open_matter(matter_id)

    def open_task(self, task_id: int) -> None:
        """Show the Tasks page with the task's form open (from the dashboard, say)."""
        self.show_section("tasks")
        self.page("tasks").edit_task(task_id)

    def open_occurrence(self, occurrence: object) -> None:
        """Show the calendar at an event's day with its form open (a calendar Occurrence)."""
        from datetime import datetime

        self.show_section("calendar")
        calendar = self.page("calendar")
        start = occurrence.start  # type: ignore[attr-defined]
        calendar.view.set_date(start.date() if isinstance(start, datetime) else start)
        calendar.open_occurrence(occurrence)

    def show_matters_in_stage(self, stage_id: int) -> None:
        """The matter list showing one stage's matters (the dashboard's chart)."""
        self.show_section("matters")
        matters = self.page("matters")
        matters.show_list()
        matters.clear_filters()
        index = matters.stage_combo.findData(stage_id)
        if index >= 0:
            matters.stage_combo.blockSignals(True)
            matters.stage_combo.setCurrentIndex(index)
            matters.stage_combo.blockSignals(False)
        matters.apply_filter()

    def _make_placeholder(self, name: str) -> QWidget:
        return EmptyState(
            name,
            self.section_titles()[name],
            self._section_descriptions()[name],
            self.tr("Coming in a later version of SmallCRM."),
        )

    def page(self, name: str) -> QWidget:
        """The page of a section, built on first use."""
        if name not in SECTIONS:
            raise ValueError(f"unknown section {name!r}; valid: {', '.join(SECTIONS)}")
        page = self._pages.get(name)
        if page is None:
            page = self._page_factory(name)()
            page.setObjectName(f"page_{name}")
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> list[str]:
        return list(self._pages)

    def current_section(self) -> str:
        return self._current

    def show_section(self, name: str) -> None:
        """Switch to a section by name: dashboard, contacts, matters, tasks, ..."""
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        row = SECTIONS.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self._section_actions[name].setChecked(True)
        if self._current != name:
            self._current = name
            self.sectionChanged.emit(name)

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.show_section(SECTIONS[row])

    # --- actions -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @property
    def palette_widget(self) -> QWidget:
        """The Ctrl+K results under the search box, made on first use."""
        if self._palette is None:
            from smallcrm.gui.widgets.search_palette import SearchPalette

            self._palette = SearchPalette(self.database, self.tasks, self.search_edit, self)
            self._palette.openRequested.connect(self.open_hit)
        return self._palette

    def open_hit(self, kind: str, record_id: int) -> None:
        """Open what a search found: a person, an organisation, a matter, a task, an event,
        an activity (on its matter's or person's timeline), a document or a message."""
        from smallcrm.core.services.address_book import Ref

        if kind == "contact":
            self.open_record(Ref("person", record_id))
        elif kind == "organization":
            self.open_record(Ref("organization", record_id))
        elif kind == "matter":
            self.open_matter(record_id)
        elif kind == "task":
            self.show_section("tasks")
            self.page("tasks").edit_task(record_id)
        elif kind == "event":
            self.show_section("calendar")
            self.page("calendar").open_event(record_id)
        elif kind == "message":
            self.show_section("mail")
            self.page("mail").open_message(record_id)
        elif kind == "document":
            self.show_section("documents")
            open_document = getattr(self.page("documents"), "open_document", None)
            if open_document is not None:
                open_document(record_id)
        elif kind == "activity":
            database = self.database

            def home(_context: object) -> object:
                from smallcrm.core.services.record_homes import activity_home

                with database.session_scope() as session:
                    return activity_home(session, record_id)

            self.tasks.run(
                home,
                lane=IO,
                on_success=self.open_record,
                on_failure=lambda exc: self.statusBar().showMessage(str(exc), 8000),
                description="open activity",
            )

    def _import_contacts(self, paths: list[str] | None = None) -> QWidget | None:
        """File > Import: choose files (unless given) and import; the list reloads after."""
        from smallcrm.gui.dialogs.import_dialog import run_import

        def reload(_batch: int) -> None:
            page = self._pages.get("contacts")
            if page is not None:
                page.refresh()

        return run_import(self, reload, paths=paths)

    def _export_contacts(self) -> None:
        from smallcrm.gui.dialogs.export_dialog import run_export

        page = self._pages.get("contacts")
        refs = page.selected_refs() if page is not None and self._current == "contacts" else None
        run_export(self, refs or None)

    def _find_duplicates(self) -> QWidget:
        self.show_section("contacts")
        return self.page("contacts").find_duplicates()

    def firm_settings_changed(self) -> None:
        """The firm's alphabet or documents folder changed: lists read again."""
        contacts = self._pages.get("contacts")
        if contacts is not None:
            contacts.refresh()
        documents = self._pages.get("documents")
        if documents is not None:
            documents.reload()

    def _preferences(self) -> None:
        from smallcrm.gui.dialogs.preferences_dialog import run_preferences

        run_preferences(self)

    def _new_contact(self) -> None:
        self.show_section("contacts")
        self.page("contacts").new_person()

    def _new_matter(self) -> None:
        self.show_section("matters")
        self.page("matters").new_matter()

    def _contacts_undo(self, widget: QWidget | None) -> QWidget | None:
        """The page (contacts, matters, tasks, documents) whose last change Undo takes back:
        not in a text field."""
        pages = ("matters", "tasks", "documents")
        current = self._current if self._current in pages else "contacts"
        view = self._pages.get(current)
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            return None
        return view if view is not None and view.can_undo() else None

    def _edit(self, op: str) -> None:
        """Run an Edit menu command on the focused widget, if it knows that command."""
        widget = QApplication.focusWidget()
        if op == "undo" and (view := self._contacts_undo(widget)) is not None:
            view.undo_last()
            return
        if widget is None:
            return
        if op == "copy" and isinstance(widget, QAbstractItemView):
            view = self._pages.get("contacts")
            if view is not None and hasattr(view, "selected_text") and view.isAncestorOf(widget):
                QApplication.clipboard().setText(view.selected_text())
                return
        method = getattr(widget, op, None)
        if callable(method):
            method()

    def _update_edit_actions(self) -> None:
        widget = QApplication.focusWidget()
        for op, action in self._edit_actions.items():
            supported = widget is not None and callable(getattr(widget, op, None))
            if isinstance(widget, QLineEdit):
                if op == "undo":
                    supported = widget.isUndoAvailable()
                elif op == "redo":
                    supported = widget.isRedoAvailable()
                elif op in ("cut", "copy"):
                    supported = widget.hasSelectedText()
            if op == "undo" and self._contacts_undo(widget) is not None:
                supported = True
            if isinstance(widget, QAbstractItemView) and op == "copy":
                supported = (
                    widget.selectionModel() is not None and widget.selectionModel().hasSelection()
                )
            action.setEnabled(supported)

    def show_about(self) -> None:
        dialog = self.about_dialog()
        dialog.exec()
        dialog.deleteLater()

    def about_dialog(self) -> QWidget:
        from smallcrm.gui.widgets.about import AboutDialog

        return AboutDialog(self.profile, self.database, self)

    # --- settings ------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self.profile.settings_path), QSettings.Format.IniFormat)

    def _restore_settings(self) -> str:
        settings = self._settings()
        geometry = settings.value(f"{_SETTINGS_GROUP}/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value(f"{_SETTINGS_GROUP}/state")
        if state is not None:
            self.restoreState(state)
        section = str(settings.value(f"{_SETTINGS_GROUP}/section", "dashboard"))
        return section if section in SECTIONS else "dashboard"

    def save_settings(self) -> None:
        settings = self._settings()
        settings.setValue(f"{_SETTINGS_GROUP}/geometry", self.saveGeometry())
        settings.setValue(f"{_SETTINGS_GROUP}/state", self.saveState())
        settings.setValue(f"{_SETTINGS_GROUP}/section", self._current or "dashboard")
        contacts = self._pages.get("contacts")
        if contacts is not None and hasattr(contacts, "save_state"):
            contacts.save_state(settings)
        matters = self._pages.get("matters")
        if matters is not None and hasattr(matters, "save_state"):
            matters.save_state(settings)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            # Losing the window layout is not worth an error dialog; the log says why.
            log.warning("could not save window settings to %s", self.profile.settings_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            self.save_settings()
        reminders = getattr(self, "reminders", None)
        if reminders is not None:
            reminders.stop()
        if self._mail_sync is not None:
            self._mail_sync.shutdown()
        # Let running work finish or notice the cancel; a write is never cut in half.
        if not self.tasks.shutdown(timeout_ms=10_000):
            log.warning(
                "background work still running at close: %d task(s)", self.tasks.active_count
            )
        super().closeEvent(event)
