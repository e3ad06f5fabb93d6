"""Background work on documents: adding files, extracting their text, noticing edited copies."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.gui.tasks import DB, IO, TaskRunner

log = logging.getLogger(__name__)

# Versions read per extraction round: a round's writes are one short transaction.
EXTRACT_BATCH = 10


@dataclass(frozen=True)
class AddRequest:
    """Files to add, and what to file them on."""

    paths: tuple[Path, ...]
    matter_id: int | None = None
    contact_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AddOutcome:
    added: list[Any]  # services.documents.AddResult
    problems: list[tuple[str, str]]  # (file name, reason)


class DocumentWork(QObject):
    """Runs the document use cases on the task runner's lanes.

    Copying a file into the store and reading a file's text are slow and touch no
    database: they run on the read lane. Only the short writes go to the write lane, so
    a 200 MB scan never holds up the user's own saves.
    """

    added = Signal(object)  # AddOutcome
    textStored = Signal(int)  # how many versions got their text
    changedCopies = Signal(list)  # services.documents.CheckOut, changed since handed out
    failed = Signal(str)

    def __init__(
        self, profile: Profile, database: Database, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._database = database
        self._tasks = tasks
        self._extracting = False
        self._checking = False

    def store(self) -> Any:
        """The firm's store (its shared folder when set); asked for on the lanes."""
        from smallcrm.core.documents.store import DocumentStore
        from smallcrm.core.services.documents import store_folder

        with self._database.session_scope() as session:
            return DocumentStore.at(store_folder(session, self._profile.documents_dir))

    # --- adding --------------------------------------------------------------------------

    def add_files(self, request: AddRequest) -> None:
        """Stage each file into the store (read lane), then write the rows (write lane);
        a file that cannot be read is reported by name, the others are still added."""
        store_of = self.store

        def stage(_context: object) -> tuple[list[Any], list[tuple[str, str]]]:
            from smallcrm.core.errors import KnownError
            from smallcrm.core.services.documents import stage_file

            store = store_of()
            staged, problems = [], []
            for path in request.paths:
                try:
                    staged.append(stage_file(store, path))
                except KnownError as exc:
                    problems.append((path.name, str(exc)))
            return staged, problems

        def write(found: tuple[list[Any], list[tuple[str, str]]]) -> None:
            staged, problems = found
            database = self._database

            def rows(_context: object) -> AddOutcome:
                from smallcrm.core.services.documents import add_staged

                added = []
                with database.session_scope() as session:
                    for item in staged:
                        added.append(
                            add_staged(
                                session,
                                item,
                                matter_id=request.matter_id,
                                contact_ids=request.contact_ids,
                            )
                        )
                return AddOutcome(added, problems)

            self._tasks.run(
                rows,
                lane=DB,
                on_success=self._added,
                on_failure=self._fail,
                description="add documents",
            )

        self._tasks.run(
            stage, lane=IO, on_success=write, on_failure=self._fail, description="store files"
        )

    def _added(self, outcome: AddOutcome) -> None:
        self.added.emit(outcome)
        if outcome.added:
            self.extract_pending()

    # --- text ----------------------------------------------------------------------------

    def extract_pending(self) -> None:
        """Read the text of versions waiting for it, a batch at a time, until none wait."""
        if self._extracting:
            return
        self._extracting = True
        database, store_of = self._database, self.store

        def read(_context: object) -> list[tuple[int, Any]]:
            from smallcrm.core.documents.extract import extract_text
            from smallcrm.core.services.documents import pending_text

            with database.session_scope() as session:
                pending = pending_text(session, EXTRACT_BATCH)
            store = store_of()
            out = []
            for item in pending:  # no session open while files are read
                path = store.blob_path(item.sha256)
                out.append((item.version_id, extract_text(path, item.file_name)))
            return out

        def write(results: list[tuple[int, Any]]) -> None:
            if not results:
                self._extracting = False
                return

            def keep(_context: object) -> int:
                from smallcrm.core.services.documents import store_text

                with database.session_scope() as session:
                    for version_id, extracted in results:
                        store_text(session, version_id, extracted)
                return len(results)

            def more(count: int) -> None:
                self.textStored.emit(count)
                self._extracting = False
                self.extract_pending()

            self._tasks.run(
                keep, lane=DB, on_success=more, on_failure=self._stop, description="keep text"
            )

        self._tasks.run(
            read, lane=IO, on_success=write, on_failure=self._stop, description="extract text"
        )

    def _stop(self, exc: BaseException) -> None:
        self._extracting = False
        self._fail(exc)

    # --- copies opened elsewhere ---------------------------------------------------------

    def open_copy(self, document_id: int, then: Callable[[Path], None]) -> None:
        """Hand a copy of the current version out (read lane), then ``then(path)``."""
        database, store_of = self._database, self.store

        def work(_context: object) -> Path:
            from smallcrm.core.services.documents import check_out

            store = store_of()
            with database.session_scope() as session:
                return check_out(session, store, document_id)

        self._tasks.run(
            work, lane=IO, on_success=then, on_failure=self._fail, description="open document"
        )

    def check_returned(self) -> None:
        """Look for copies changed in another application (the window became active)."""
        if self._checking:
            return
        self._checking = True
        store_of = self.store

        def work(_context: object) -> list[Any]:
            from smallcrm.core.services.documents import changed_check_outs

            return changed_check_outs(store_of())

        def done(changed: list[Any]) -> None:
            self._checking = False
            if changed:
                self.changedCopies.emit(changed)

        def failed(exc: BaseException) -> None:
            self._checking = False
            log.warning("Looking for edited documents failed: %s", exc)

        self._tasks.run(
            work, lane=IO, on_success=done, on_failure=failed, description="edited documents"
        )

    def keep_copy(self, document_id: int, on_done: Callable[[Any], None]) -> None:
        """Store an edited copy as the document's newest version."""
        database, store_of = self._database, self.store

        def work(_context: object) -> Any:
            from smallcrm.core.services.documents import store_check_out

            store = store_of()  # its own short read, before the writer's session begins
            with database.session_scope() as session:
                return store_check_out(session, store, document_id)

        def done(result: Any) -> None:
            on_done(result)
            self.extract_pending()

        self._tasks.run(
            work, lane=DB, on_success=done, on_failure=self._fail, description="keep edits"
        )

    def discard_copy(self, document_id: int) -> None:
        store_of = self.store

        def work(_context: object) -> None:
            from smallcrm.core.services.documents import discard_check_out

            discard_check_out(store_of(), document_id)

        self._tasks.run(work, lane=IO, on_failure=self._fail, description="discard edits")

    # --- trash ---------------------------------------------------------------------------

    def trash(self, ids: Sequence[int], on_done: Callable[[int], None]) -> None:
        database = self._database

        def work(_context: object) -> int:
            from smallcrm.core.services.documents import trash_documents

            with database.session_scope() as session:
                return trash_documents(session, list(ids))

        self._tasks.run(
            work, lane=DB, on_success=on_done, on_failure=self._fail, description="trash"
        )

    def restore(self, change_set_id: int, on_done: Callable[[int], None]) -> None:
        database = self._database

        def work(_context: object) -> int:
            from smallcrm.core.services.documents import restore_documents

            with database.session_scope() as session:
                return restore_documents(session, change_set_id)

        self._tasks.run(
            work, lane=DB, on_success=on_done, on_failure=self._fail, description="restore"
        )

    def _fail(self, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        if isinstance(exc, KnownError):
            self.failed.emit(str(exc))
        else:
            log.error("A document task failed", exc_info=exc)
            self.failed.emit(self.tr("That did not work; the details are in the log."))
