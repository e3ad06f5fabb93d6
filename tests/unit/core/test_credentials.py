"""Passwords go to a secure keyring or stay in memory, and never leak into errors or logs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from smallcrm.core import logs
from smallcrm.core.errors import KnownError
from smallcrm.core.sync import credentials
from smallcrm.core.sync.credentials import (
    SERVICE,
    CredentialStoreError,
    KeyringLockedError,
    KeyringUnavailable,
)

# Before the test backends below exist: keyring registers every backend class when it is
# defined and caches the viable ones on first use, so resolving now keeps them out of the
# machine's own choice (and keeps that choice for the test that asks about this machine).
MACHINE_KEYRING = keyring.get_keyring()

PASSWORD = "Heslo-č-ř-ž"
KEY = credentials.account_key(1, 7)


class DictKeyring(KeyringBackend):
    """A real, recommended backend for tests: keyring's API over a dict."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("No such password!")
        del self.store[(service, username)]


class FailingKeyring(DictKeyring):
    """A secure store that breaks, quoting the secret in its errors (the worst case)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"cannot store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("refused")


class LockedKeyring(DictKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"locked; dropped {password}")


class _FileKeyring(DictKeyring):
    """Writes like keyrings.alt's file keyrings do, so a test sees whether it was ever used."""

    folder: Path

    def set_password(self, service: str, username: str, password: str) -> None:
        (self.folder / "keyring_pass.cfg").write_text(f"{username}={password}", "utf-8")
        super().set_password(service, username, password)


class PlaintextKeyring(_FileKeyring):
    """Named and ranked like keyrings.alt.file.PlaintextKeyring."""

    priority = 0.5


class HighPriorityPlaintextKeyring(_FileKeyring):
    """A plaintext store someone ranked high: refused by its name alone."""

    priority = 9


class LowPriorityKeyring(_FileKeyring):
    """An innocent-looking name, but keyring does not recommend it (priority < 1)."""

    priority = 0.9


class NotHereKeyring(DictKeyring):
    """keyring's contract: a backend that cannot work here raises from ``priority``."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("no D-Bus session")


@pytest.fixture(autouse=True)
def _clean_state() -> Iterator[None]:
    previous = keyring.get_keyring()
    credentials.session_vault.clear()
    yield
    credentials.session_vault.clear()
    keyring.set_keyring(previous)
    logs.forget_all_secrets()


@pytest.fixture
def use() -> Callable[[KeyringBackend], KeyringBackend]:
    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    return install


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every place a file keyring could write to, pointed at one empty folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA", "TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(_FileKeyring, "folder", folder, raising=False)
    return folder


def assert_no_password_in(exc: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    texts = [caplog.text, *(r.getMessage() for r in caplog.records)]
    seen: BaseException | None = exc
    while seen is not None:
        texts += [str(seen), repr(seen), repr(seen.args), repr(vars(seen))]
        texts += traceback.format_exception(seen)
        seen = seen.__cause__ or seen.__context__
    leaked = [t for t in texts if PASSWORD in t or repr(PASSWORD)[1:-1] in t]
    assert not leaked


# --- keyring_status ----------------------------------------------------------------------


def test_a_real_backend_is_usable(use):
    use(DictKeyring())
    status = credentials.keyring_status()
    assert status.usable
    assert status.backend.endswith("DictKeyring")
    assert status.reason


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring(), HighPriorityPlaintextKeyring()]
    + [LowPriorityKeyring(), NotHereKeyring()],
    ids=lambda b: type(b).__name__,
)
def test_no_store_or_an_insecure_one_is_refused_with_a_reason(use, backend):
    use(backend)
    status = credentials.keyring_status()
    assert not status.usable
    assert status.reason.startswith("No secure password store was found on this computer (")
    assert type(backend).__name__ in status.reason
    assert "Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet" in status.reason


def test_a_chain_of_only_insecure_stores_is_refused(use, monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring(), fail.Keyring()])
    use(chainer.ChainerBackend())
    status = credentials.keyring_status()
    assert not status.usable
    assert "PlaintextKeyring" in status.reason


def test_an_empty_chain_is_refused(use, monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    use(chainer.ChainerBackend())
    assert not credentials.keyring_status().usable


def test_a_chain_uses_only_its_secure_store(use, monkeypatch, home):
    secure, plain = DictKeyring(), PlaintextKeyring()
    plain.store[(SERVICE, credentials.account_key(1, 8))] = "from a file"
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, secure])
    use(chainer.ChainerBackend())
    assert credentials.keyring_status().backend.endswith("DictKeyring")

    credentials.store_password(KEY, PASSWORD)
    assert secure.store == {(SERVICE, KEY): PASSWORD}
    assert PASSWORD not in plain.store.values()
    # What a file keyring holds is never read either.
    assert credentials.load_password(credentials.account_key(1, 8)) is None
    assert list(home.iterdir()) == []


def test_a_backend_that_cannot_work_here_is_refused(use):
    use(NotHereKeyring())
    assert "cannot work here (RuntimeError)" in credentials.keyring_status().reason


def test_a_keyring_that_cannot_start_is_reported_not_raised(monkeypatch):
    def broken() -> KeyringBackend:
        raise keyring.errors.InitError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    status = credentials.keyring_status()
    assert not status.usable
    assert "InitError" in status.reason


def test_this_machine_gets_an_answer_without_raising():
    keyring.set_keyring(MACHINE_KEYRING)
    status = credentials.keyring_status()
    assert isinstance(status.usable, bool)
    assert status.backend
    assert status.reason.endswith(".")


# --- store / load / forget ---------------------------------------------------------------


def test_round_trip_in_the_keyring_under_the_account_key(use):
    backend = use(DictKeyring())
    credentials.store_password(KEY, PASSWORD)
    assert backend.store == {(SERVICE, "1/7"): PASSWORD}  # user name is the key, not a secret
    assert credentials.load_password(KEY) == PASSWORD
    credentials.forget_password(KEY)
    assert backend.store == {}
    assert credentials.load_password(KEY) is None
    credentials.forget_password(KEY)  # already gone: fine


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), PlaintextKeyring(), LowPriorityKeyring(), HighPriorityPlaintextKeyring()],
    ids=lambda b: type(b).__name__,
)
def test_without_a_secure_keyring_nothing_is_written_anywhere(use, home, backend):
    use(backend)
    with pytest.raises(KeyringUnavailable, match="No secure password store"):
        credentials.store_password(KEY, PASSWORD)
    with pytest.raises(KeyringUnavailable):
        credentials.load_password(KEY)
    assert list(home.iterdir()) == []
    assert getattr(backend, "store", {}) == {}
    assert credentials.session_vault.get(KEY) is None  # no silent fallback to memory either


def test_a_failing_store_names_the_account_but_never_the_password(use, caplog):
    caplog.set_level(logging.DEBUG)
    use(FailingKeyring())
    with pytest.raises(CredentialStoreError) as info:
        credentials.store_password(KEY, PASSWORD)
    assert isinstance(info.value, KnownError)
    assert KEY in info.value.message
    assert "PasswordSetError" in info.value.message
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert_no_password_in(info.value, caplog)
    assert KEY in caplog.text  # the log says what failed, just not with what


def test_a_locked_store_says_so_without_the_password(use, caplog):
    caplog.set_level(logging.DEBUG)
    use(LockedKeyring())
    with pytest.raises(KeyringLockedError, match="is locked") as info:
        credentials.store_password(KEY, PASSWORD)
    assert_no_password_in(info.value, caplog)
    with pytest.raises(KeyringLockedError) as info:
        credentials.load_password(KEY)
    assert "Unlock" in info.value.hint


def test_a_locked_store_falls_back_to_what_the_user_typed_this_session(use):
    use(LockedKeyring())
    credentials.remember_for_session(KEY, PASSWORD)
    assert credentials.load_password(KEY) == PASSWORD


def test_forget_reports_a_password_the_store_would_not_remove(use, caplog):
    backend = use(FailingKeyring())
    backend.store[(SERVICE, KEY)] = PASSWORD
    with pytest.raises(CredentialStoreError, match="could not remove") as info:
        credentials.forget_password(KEY)
    assert_no_password_in(info.value, caplog)


def test_a_bad_password_argument_is_refused_without_echoing_it(use):
    use(DictKeyring())
    with pytest.raises(ValueError, match="non-empty"):
        credentials.store_password(KEY, "")
    with pytest.raises(ValueError, match="account key"):
        credentials.store_password("", PASSWORD)


def test_a_loaded_password_is_redacted_from_the_app_log(use):
    backend = use(DictKeyring())
    backend.store[(SERVICE, KEY)] = PASSWORD
    assert credentials.load_password(KEY) == PASSWORD
    assert logs.redact(f"server refused {PASSWORD}") == "server refused ***"


# --- the session vault -------------------------------------------------------------------


def test_the_session_vault_is_the_alternative_when_no_keyring_works(use, home):
    use(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        credentials.load_password(KEY)
    credentials.remember_for_session(KEY, PASSWORD)
    assert credentials.load_password(KEY) == PASSWORD
    assert PASSWORD not in repr(credentials.session_vault)
    # Forgetting clears the session copy, then says the keyring could not be checked.
    with pytest.raises(KeyringUnavailable):
        credentials.forget_password(KEY)
    assert credentials.session_vault.get(KEY) is None
    assert list(home.iterdir()) == []


def test_the_keyring_is_read_before_the_session_vault(use):
    backend = use(DictKeyring())
    credentials.remember_for_session(KEY, "typed this session")
    assert credentials.load_password(KEY) == "typed this session"  # keyring holds none
    backend.store[(SERVICE, KEY)] = PASSWORD
    assert credentials.load_password(KEY) == PASSWORD


def test_storing_in_the_keyring_drops_the_session_copy(use):
    use(DictKeyring())
    credentials.remember_for_session(KEY, "old")
    credentials.store_password(KEY, PASSWORD)
    assert credentials.session_vault.get(KEY) is None
    assert credentials.load_password(KEY) == PASSWORD
