"""The app's log: a rotating file with secrets redacted, plus a faulthandler crash log."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from typing import IO
from urllib.parse import quote, quote_plus

LOG_FILE = "smallcrm.log"
CRASH_FILE = "crash.log"
PREVIOUS_CRASH_FILE = "crash.previous.log"
MASK = "***"
FORMAT = "%(asctime)s %(levelname)-8s [%(threadName)s] %(name)s: %(message)s"

_secrets_lock = threading.Lock()
_secrets: set[str] = set()
_secrets_re: re.Pattern[str] | None = None

# A value after "key=" or "'key': ": quoted, or up to a separator.
_VALUE = r"""(?P<value>"[^"]*"|'[^']*'|[^\s&;,'")\]}]+)"""
_KEY = r"(?:[a-z0-9]+[_-])*(?:password|passwd|passphrase|pwd|pass|secret|token|api_?key)"
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # scheme://user:PASSWORD@host
    re.compile(r"(?P<keep>\b[a-z][a-z0-9+.\-]*://[^\s:/@]*:)(?P<value>[^\s@]+)(?=@)", re.I),
    # password=..., access_token=..., password='...' (query strings, kwargs reprs, DSNs)
    re.compile(rf"(?P<keep>\b{_KEY}\s*=\s*){_VALUE}", re.I),
    # 'password': '...', "client_secret": "..." (dict reprs, JSON)
    re.compile(rf"""(?P<keep>(?P<q>["']){_KEY}(?P=q)\s*:\s*){_VALUE}""", re.I),
    # Authorization: Basic ... / Bearer ..., keeping the scheme word
    re.compile(
        r"""(?P<keep>\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?"""
        r"(?:(?:basic|bearer|digest|negotiate|ntlm)\s+)?)"
        r"""(?P<value>[^\s"',;]+)""",
        re.I,
    ),
    re.compile(r"(?P<keep>\bbearer\s+)(?P<value>[A-Za-z0-9\-._~+/]{8,}=*)", re.I),
    # IMAP "LOGIN user password" as printed by imaplib's debug output
    re.compile(r"""(?P<keep>\bLOGIN\s+(?:"[^"]*"|\S+)\s+)(?P<value>"[^"]*"|[^\s'"]+)"""),
)


def _mask(match: re.Match[str]) -> str:
    value = match.group("value")
    quote_char = value[0] if value[:1] in ("'", '"') and len(value) >= 2 else ""
    return f"{match.group('keep')}{quote_char}{MASK}{quote_char}"


def register_secret(value: str) -> None:
    """Never let ``value`` (a password read from the keyring, a token) reach a log line."""
    if not value or not value.strip():
        return
    with _secrets_lock:
        _secrets.update(_forms(value))
        _rebuild_secrets_re()


def _forms(value: str) -> set[str]:
    """The shapes a secret takes once it has passed through a URL or a repr() in a traceback."""
    escaped = {value, repr(value)[1:-1]}
    escaped |= {e.replace("'", "\\'") for e in escaped} | {e.replace('"', '\\"') for e in escaped}
    return escaped | {quote(value, safe=""), quote_plus(value)}


def forget_secret(value: str) -> None:
    """Stop redacting ``value`` (the account was removed); unknown values are ignored."""
    with _secrets_lock:
        _secrets.difference_update(_forms(value))
        _rebuild_secrets_re()


def forget_all_secrets() -> None:
    """Forget every registered secret (tests, profile switch)."""
    with _secrets_lock:
        _secrets.clear()
        _rebuild_secrets_re()


def _rebuild_secrets_re() -> None:
    global _secrets_re
    # Longest first, so a secret containing another is masked whole.
    ordered = sorted(_secrets, key=len, reverse=True)
    _secrets_re = re.compile("|".join(map(re.escape, ordered))) if ordered else None


def redact(text: str) -> str:
    """``text`` with registered secrets and password-looking values replaced by ``***``."""
    secrets_re = _secrets_re  # one read: registration may swap it from another thread
    if secrets_re is not None:
        text = secrets_re.sub(MASK, text)
    for pattern in _PATTERNS:
        text = pattern.sub(_mask, text)
    return text


class SecretFilter(logging.Filter):
    """Redacts a record in place: its message with args, traceback text and stack info.

    Attached to handlers rather than loggers, so records from every library are covered.
    The record is rewritten, not copied, so handlers after ours see the redacted text too.
    """

    _exception_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # Mismatched format args: keep what there is rather than raise in the caller.
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exception_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# What setup_logging() installed, so a second call or teardown_logging() can undo it.
_state_lock = threading.RLock()
_handlers: list[logging.Handler] = []
_previous_level: int | None = None
_crash_file: IO[str] | None = None
_crash_path: Path | None = None
_faulthandler_was_enabled = False


def log_file_path(logs_dir: Path) -> Path:
    return Path(logs_dir) / LOG_FILE


def previous_crash_log(logs_dir: Path) -> Path | None:
    """The hard-crash report faulthandler left in the previous session, if any."""
    path = Path(logs_dir) / PREVIOUS_CRASH_FILE
    return path if path.is_file() and path.stat().st_size > 0 else None


def setup_logging(
    logs_dir: Path,
    level: int = logging.INFO,
    console: bool = False,
    *,
    max_bytes: int = 2 * 1024 * 1024,
    backup_count: int = 5,
) -> Path:
    """Send all logging to ``logs_dir/smallcrm.log`` (and stderr if ``console``); idempotent.

    Returns the log file's path. Calling it again replaces the handlers it added before.
    """
    logs_dir = Path(logs_dir)
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = log_file_path(logs_dir)
    with _state_lock:
        _remove_handlers()
        formatter = logging.Formatter(FORMAT)
        secret_filter = SecretFilter()
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
        handlers: list[logging.Handler] = [file_handler]
        if console:
            handlers.append(logging.StreamHandler(sys.stderr))
        root = logging.getLogger()
        global _previous_level
        if _previous_level is None:
            _previous_level = root.level
        root.setLevel(level)
        # Alembic announces each of its plugins at INFO on every upgrade; the upgrade steps
        # themselves (alembic.runtime.migration) stay in the log.
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
        for handler in handlers:
            handler.setFormatter(formatter)
            handler.addFilter(secret_filter)
            root.addHandler(handler)
            _handlers.append(handler)
        _enable_faulthandler(logs_dir / CRASH_FILE)
    return path


def teardown_logging() -> None:
    """Remove and close what ``setup_logging`` installed, restoring the previous state."""
    global _previous_level, _crash_file, _crash_path
    with _state_lock:
        _remove_handlers()
        if _previous_level is not None:
            logging.getLogger().setLevel(_previous_level)
            _previous_level = None
        if _crash_file is not None:
            faulthandler.disable()
            _crash_file.close()
            _crash_file = _crash_path = None
            if _faulthandler_was_enabled and sys.__stderr__ is not None:
                faulthandler.enable(file=sys.__stderr__)


def _remove_handlers() -> None:
    root = logging.getLogger()
    while _handlers:
        handler = _handlers.pop()
        root.removeHandler(handler)
        handler.close()


def _enable_faulthandler(path: Path) -> None:
    """Point faulthandler at ``path``; a report from the last session is kept aside first."""
    global _crash_file, _crash_path, _faulthandler_was_enabled
    if _crash_path == path:
        return
    if _crash_file is None:
        _faulthandler_was_enabled = faulthandler.is_enabled()
    else:
        faulthandler.disable()
        _crash_file.close()
    # faulthandler writes only on a hard crash, so a non-empty file is last session's crash.
    if path.is_file() and path.stat().st_size > 0:
        path.replace(path.with_name(PREVIOUS_CRASH_FILE))
    # Kept open for the process lifetime: faulthandler writes to the raw fd while dying.
    _crash_file = open(path, "w", encoding="utf-8")  # noqa: SIM115
    _crash_path = path
    faulthandler.enable(file=_crash_file, all_threads=True)
