"""setup_logging: real files, rotation, redaction of secrets, idempotence, crash log."""

import faulthandler
import logging
from pathlib import Path

import pytest

from smallcrm.core import logs
from smallcrm.core.logs import (
    SecretFilter,
    forget_all_secrets,
    previous_crash_log,
    redact,
    register_secret,
    setup_logging,
    teardown_logging,
)

log = logging.getLogger("smallcrm.test")


@pytest.fixture(autouse=True)
def clean_logging():
    root_handlers = list(logging.getLogger().handlers)
    root_level = logging.getLogger().level
    faulthandler_was_enabled = faulthandler.is_enabled()
    yield
    teardown_logging()
    forget_all_secrets()
    assert logging.getLogger().handlers == root_handlers
    assert logging.getLogger().level == root_level
    assert faulthandler.is_enabled() == faulthandler_was_enabled


def read_all(logs_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(logs_dir.glob("smallcrm.log*")))


def our_file_handlers():
    return [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and h.baseFilename.endswith(logs.LOG_FILE)
    ]


def test_writes_time_level_thread_and_logger(tmp_path):
    path = setup_logging(tmp_path)
    assert path == tmp_path / "smallcrm.log"
    log.info("Contact %s saved", "Novák")
    line = read_all(tmp_path).strip()
    assert "INFO" in line and "[MainThread]" in line and "smallcrm.test" in line
    assert line.endswith("Contact Novák saved")
    assert line[:4].isdigit()  # starts with the date


def test_rotation_keeps_a_bounded_number_of_files(tmp_path):
    setup_logging(tmp_path, max_bytes=2000, backup_count=2)
    for i in range(200):
        log.info("line %03d %s", i, "x" * 50)
    files = sorted(p.name for p in tmp_path.glob("smallcrm.log*"))
    assert files == ["smallcrm.log", "smallcrm.log.1", "smallcrm.log.2"]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.glob("smallcrm.log*"))
    assert "line 199" in (tmp_path / "smallcrm.log").read_text(encoding="utf-8")


def test_secrets_never_reach_the_file_even_in_tracebacks(tmp_path):
    setup_logging(tmp_path)
    secret = "Tr0ub4dor&3"
    register_secret(secret)
    log.info("keyring gave %s", secret)
    log.warning("connecting to imaps://bob:hunter2@mail.example.com:993/INBOX")
    log.info("dsn %r", {"password": "hunter2", "user": "bob"})
    log.info("GET /me Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig")

    def connect(password):
        raise ConnectionError(f"login to imaps://bob:hunter2@mail.example.com refused ({password})")

    try:
        try:
            connect(secret)
        except ConnectionError as exc:
            raise RuntimeError(f"sync failed, password={secret}") from exc
    except RuntimeError:
        log.exception("account sync")
    text = read_all(tmp_path)
    assert secret not in text
    assert "hunter2" not in text
    assert "eyJhbGciOiJIUzI1NiJ9" not in text
    assert "Traceback (most recent call last)" in text  # the traceback itself is kept
    assert "ConnectionError: login to imaps://bob:***@mail.example.com refused (***)" in text
    assert "RuntimeError: sync failed, password=***" in text
    assert "Bearer ***" in text


def test_console_output_is_redacted_too(tmp_path, capsys):
    setup_logging(tmp_path, console=True)
    register_secret("s3cret-token")
    log.warning("token is s3cret-token")
    err = capsys.readouterr().err
    assert "token is ***" in err
    assert "s3cret-token" not in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("imaps://bob:pa%40ss@host/", "imaps://bob:***@host/"),
        ("postgresql+psycopg://crm:pw@db:5432/crm", "postgresql+psycopg://crm:***@db:5432/crm"),
        ("login(user='bob', password='x y')", "login(user='bob', password='***')"),
        ("?user=bob&pwd=abc&next=1", "?user=bob&pwd=***&next=1"),
        ("secret=abc; token=def", "secret=***; token=***"),
        ('{"client_secret": "abc", "id": 1}', '{"client_secret": "***", "id": 1}'),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic ***"),
        ("{'Authorization': 'Bearer abc.def'}", "{'Authorization': 'Bearer ***'}"),
        ('A001 LOGIN bob "hunter2"', 'A001 LOGIN bob "***"'),
        # Ordinary text stays readable.
        ("Wrong password: check it and retry", "Wrong password: check it and retry"),
        ("http://host:8080/path", "http://host:8080/path"),
        ("bypass=1 compass=2", "bypass=1 compass=2"),
    ],
)
def test_redact_patterns(text, expected):
    assert redact(text) == expected


def test_registered_secret_is_masked_in_its_url_and_repr_forms():
    register_secret("a/b'c d\\")
    assert redact("a/b'c d\\ a%2Fb%27c%20d%5C a/b\\'c d\\\\") == "*** *** ***"
    forget_all_secrets()
    assert redact("a/b'c") == "a/b'c"


def test_bad_format_args_do_not_raise(tmp_path):
    setup_logging(tmp_path)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("only one",), None)
    assert SecretFilter().filter(record)
    assert "only one" in record.msg


def test_setup_twice_adds_no_duplicate_handler(tmp_path):
    setup_logging(tmp_path)
    setup_logging(tmp_path, level=logging.DEBUG)
    assert len(our_file_handlers()) == 1
    assert logging.getLogger().level == logging.DEBUG
    log.info("once")
    assert read_all(tmp_path).count("once") == 1


def test_faulthandler_writes_to_crash_log_and_keeps_the_last_crash(tmp_path):
    (tmp_path / "crash.log").write_text("Fatal Python error: Segmentation fault\n")
    setup_logging(tmp_path)
    assert faulthandler.is_enabled()
    assert (tmp_path / "crash.log").read_text() == ""
    previous = previous_crash_log(tmp_path)
    assert previous is not None
    assert "Segmentation fault" in previous.read_text()
    faulthandler.dump_traceback(file=logs._crash_file)
    logs._crash_file.flush()
    assert "test_faulthandler" in (tmp_path / "crash.log").read_text()


def test_no_previous_crash_when_the_crash_log_is_empty(tmp_path):
    setup_logging(tmp_path)
    teardown_logging()
    setup_logging(tmp_path)
    assert previous_crash_log(tmp_path) is None
