"""Account passwords: in the OS keyring, or typed each start and kept in memory; never on disk."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from smallcrm.core.errors import KnownError
from smallcrm.core.logs import register_secret

log = logging.getLogger(__name__)

SERVICE = "SmallCRM"

# keyring's own rule (KeyringBackend.priority): "a priority between zero but less than one is
# suitable, but a priority of one or greater is recommended". The OS stores rank 4.8-5.1;
# keyrings.alt ranks its file keyrings below 1 (PlaintextKeyring 0.5) precisely so that they
# are never chosen over a real one.
RECOMMENDED_PRIORITY = 1.0

# Backends that keep passwords in a file we would then be shipping secrets in. keyrings.alt
# calls its own backends "discouraged for general production use"; matching names as well as
# priority means a subclass or a config that lifts their priority still cannot slip through.
_INSECURE_MARKERS = ("keyrings.alt", "plaintext", "uncrypted", "encryptedkeyring", "cryptfile")

# What the user knows these stores as; anything else is shown by its class path.
_FRIENDLY_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring or KWallet)",
    "keyring.backends.libsecret.Keyring": "libsecret (GNOME Keyring)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
}

_INSTALL_HINT = (
    "Install and unlock one (Windows Credential Manager, macOS Keychain, GNOME Keyring or "
    "KWallet), or type the password at each start: SmallCRM then keeps it in memory only, "
    "until you close it."
)

T = TypeVar("T")


class KeyringUnavailable(KnownError):
    """No secure password store works on this computer; nothing was written anywhere."""


class CredentialStoreError(KnownError):
    """The password store failed for one account (locked, not running, refused)."""


class KeyringLockedError(CredentialStoreError):
    """The password store is locked and the user did not (or could not) unlock it."""


@dataclass(frozen=True)
class KeyringStatus:
    """Whether passwords can be kept in the OS keyring, which one, and a sentence for the user."""

    usable: bool
    backend: str
    reason: str


def account_key(profile_id: object, account_id: object) -> str:
    """The keyring user name of an account: ids only, so no secret ever becomes a key."""
    return f"{profile_id}/{account_id}"


class MemoryVault:
    """Passwords the user typed for this run only: a dict in this process, never written out.

    The alternative offered when no keyring works. Locked because every account has its own
    network lane (thread) and they may ask at the same time.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._passwords: dict[str, str] = {}

    def remember(self, account_key: str, password: str) -> None:
        with self._lock:
            self._passwords[account_key] = password

    def get(self, account_key: str) -> str | None:
        with self._lock:
            return self._passwords.get(account_key)

    def forget(self, account_key: str) -> None:
        with self._lock:
            self._passwords.pop(account_key, None)

    def clear(self) -> None:
        with self._lock:
            self._passwords.clear()

    def __repr__(self) -> str:
        # Debuggers and crash reports print objects; show how many, never what.
        with self._lock:
            return f"<MemoryVault: {len(self._passwords)} password(s)>"


session_vault = MemoryVault()


def _class_path(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _display_name(backend: object) -> str:
    path = _class_path(backend)
    return _FRIENDLY_NAMES.get(path, path)


def _refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` must not hold a password, or None when it is a recommended store."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return "keyring found no password store"
    path = _class_path(backend).lower()
    if any(marker in path for marker in _INSECURE_MARKERS):
        return "it keeps passwords in a file"
    try:
        priority = float(type(backend).priority)
    except Exception as exc:  # keyring's contract: priority raises when unusable here
        return f"it cannot work here ({type(exc).__name__})"
    if priority < RECOMMENDED_PRIORITY:
        return f"keyring does not recommend it (priority {priority:g})"
    return None


def _resolve() -> tuple[KeyringBackend | None, KeyringStatus]:
    """The one secure backend to use (or None) and the status that explains the choice."""
    try:
        current = keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg or backend import must not crash start-up
        return None, _unusable("none", f"the keyring could not start: {type(exc).__name__}")
    candidates: list[KeyringBackend]
    if isinstance(current, chainer.ChainerBackend):
        # The chainer reads from every child with priority > 0, plaintext files included, and
        # writes to the first child that takes it. Talking to its best secure child directly
        # means a file keyring installed next to a real one is never read or written.
        try:
            candidates = list(current.backends)
        except Exception as exc:
            return None, _unusable(_display_name(current), type(exc).__name__)
    else:
        candidates = [current]
    refusals = []
    for candidate in candidates:
        why = _refusal(candidate)
        if why is None:
            name = _display_name(candidate)
            return candidate, KeyringStatus(
                usable=True,
                backend=name,
                reason=f"Passwords are kept in the system password store ({name}).",
            )
        refusals.append(f"{_display_name(candidate)}: {why}")
    return None, _unusable(_display_name(current), "; ".join(refusals) or "it has no stores")


def _unusable(backend: str, why: str) -> KeyringStatus:
    return KeyringStatus(
        usable=False,
        backend=backend,
        reason=(f"No secure password store was found on this computer ({why}). {_INSTALL_HINT}"),
    )


def keyring_status() -> KeyringStatus:
    """Whether passwords can go to the OS keyring; never raises, always has a reason to show."""
    return _resolve()[1]


def _secure_backend() -> tuple[KeyringBackend, str]:
    backend, status = _resolve()
    if backend is None:
        raise KeyringUnavailable(status.reason)
    return backend, status.backend


_PAST = {"save": "saved", "read": "read", "remove": "removed"}


def _run(action: str, key: str, store: str, call: Callable[[], T]) -> T:
    """``call()`` with any failure of the store turned into a CredentialStoreError.

    Any exception is caught, not only keyring's: the OS stores also raise D-Bus, Win32 and
    Security framework errors, and the failing frame may hold the password. Only the error's
    type name is kept (its text or attributes may hold the secret), and the new error is raised
    outside the ``except`` block so neither ``__cause__`` nor ``__context__`` reaches it.
    """
    try:
        return call()
    except Exception as exc:
        kind = type(exc)
    log.warning(
        "Password store %s could not %s the password of account %s (%s)",
        store,
        action,
        key,
        kind.__name__,
    )
    if issubclass(kind, keyring.errors.KeyringLocked):
        raise KeyringLockedError(
            f"The password store ({store}) is locked, so the password of account {key} "
            f"could not be {_PAST[action]}.",
            hint="Unlock it (log in to the desktop or open the keyring app) and try again.",
        )
    raise CredentialStoreError(
        f"The password store ({store}) could not {action} the password of account {key} "
        f"({kind.__name__}).",
        hint="Check that the password store is running and unlocked, then try again.",
    )


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError("account key must be a non-empty string")


def store_password(account_key: str, password: str) -> None:
    """Save ``password`` in the OS keyring; KeyringUnavailable (nothing written) when none is."""
    _check_key(account_key)
    if not isinstance(password, str) or not password:
        raise ValueError("password must be a non-empty string")  # never echo the value
    register_secret(password)
    backend, name = _secure_backend()
    _run("save", account_key, name, lambda: backend.set_password(SERVICE, account_key, password))
    # The keyring is read first from now on; a session copy would only go stale.
    session_vault.forget(account_key)


def remember_for_session(account_key: str, password: str) -> None:
    """Keep ``password`` in memory until the app closes: the user's choice when no keyring works."""
    _check_key(account_key)
    if not isinstance(password, str) or not password:
        raise ValueError("password must be a non-empty string")
    register_secret(password)
    session_vault.remember(account_key, password)


def load_password(account_key: str) -> str | None:
    """The account's password: from the OS keyring first, then from the session vault.

    Returns None when a usable keyring holds none and the session has none (ask the user, then
    ``store_password``). Raises KeyringUnavailable when no keyring works and the session has
    none (ask, and offer ``remember_for_session``). When the keyring fails (locked, not
    running) a password the user typed this session is used; without one the error is raised.
    """
    _check_key(account_key)
    backend, status = _resolve()
    if backend is None:
        password = session_vault.get(account_key)
        if password is None:
            raise KeyringUnavailable(status.reason)
        return password
    try:
        password = _run(
            "read", account_key, status.backend, lambda: backend.get_password(SERVICE, account_key)
        )
    except CredentialStoreError:
        password = session_vault.get(account_key)
        if password is None:
            raise
    if password is None:
        password = session_vault.get(account_key)
    if password is not None:
        register_secret(password)
    return password


def forget_password(account_key: str) -> None:
    """Remove the account's password from the session and the keyring; absent is fine.

    The session copy goes first, so it is gone even when the keyring then fails. With no
    usable keyring this raises KeyringUnavailable: a password saved there earlier may remain,
    and the user should know.
    """
    _check_key(account_key)
    session_vault.forget(account_key)
    backend, name = _secure_backend()

    def delete() -> bool:
        try:
            backend.delete_password(SERVICE, account_key)
        except keyring.errors.PasswordDeleteError:
            # The OS stores say "no such password" this way; success for us if the read-back
            # agrees (a failing read-back raises and is reported like any other failure).
            return backend.get_password(SERVICE, account_key) is None
        return True

    if not _run("remove", account_key, name, delete):
        raise CredentialStoreError(
            f"The password store ({name}) could not remove the password of account {account_key}.",
            hint="Remove it in the system's password manager, or try again.",
        )
