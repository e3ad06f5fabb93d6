"""The sync engine against a real Dovecot: checkpoints, resume, privacy, UIDVALIDITY."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
from sqlalchemy import func, select

from smallcrm.core.connectors.imap import AuthenticationFailed
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import MailAccount, MailMessage
from smallcrm.core.services.address_book import save_record
from smallcrm.core.services.mail_store import (
    count_pending_bodies,
    folder_state,
    messages_of_contact,
)
from smallcrm.core.sync.engine import SyncCancelled, sync_imap_account

USER = "bob"  # the connector's own tests fill alice's INBOX


def _mail(n: int, sender: str) -> bytes:
    when = format_datetime(datetime(2026, 11, 2, 9, n % 60, tzinfo=UTC))
    return (
        f"From: Jana Nováková <{sender}>\r\nTo: office@firma.cz\r\n"
        f"Subject: =?utf-8?q?Smlouva_=C4=8D=2E_{n}?=\r\nDate: {when}\r\n"
        f"Message-ID: <m{n}.{uuid.uuid4().hex[:8]}@firma.cz>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Dobrý den, posílám smlouvu č. {n}.\r\n"
    ).encode()


@pytest.fixture
def setup(dovecot_server, database):
    """A folder of its own on the server, a contact, and an account that syncs it."""
    folder = f"Sync{uuid.uuid4().hex[:8]}"
    dovecot_server.create_folder(USER, folder)
    with database.session_scope() as s:
        person = save_record(
            s,
            ContactRecord(
                given_name="Jana", family_name="Nováková",
                emails=[Labeled("jana.novakova@klient.cz", "work")],
            ),
        ).id  # fmt: skip
        account = MailAccount(
            name=f"Kancelář {folder}", kind="imap", host=dovecot_server.host,
            port=dovecot_server.imaps_port, security="tls", user_name=USER,
            privacy="contacts", since_months=None, folders=json.dumps([folder]),
        )  # fmt: skip
        s.add(account)
        s.flush()
        account_id = account.id
    return dovecot_server, folder, person, account_id


def _run(database, server, account_id, **kw):
    return sync_imap_account(
        database, account_id, server.users[USER], pinned_sha256=server.cert_sha256, **kw
    )


def _stored(database, account_id) -> int:
    with database.session_scope() as s:
        return s.scalar(
            select(func.count())
            .select_from(MailMessage)
            .where(MailMessage.account_id == account_id)
        )


def test_sync_stores_new_mail_once_and_links_it(database, setup):
    server, folder, person, account_id = setup
    for n in range(5):
        server.append(USER, _mail(n, "jana.novakova@klient.cz"), folder)
    server.append(USER, _mail(99, "spam@elsewhere.example"), folder)
    report = _run(database, server, account_id, batch=2)
    assert (report.added, report.skipped_privacy) == (5, 1)  # the stranger's mail stays out
    with database.session_scope() as s:
        linked = messages_of_contact(s, person)
        assert len(linked) == 5 and "Smlouva č." in linked[0].subject
        assert folder_state(s, account_id, folder).last_uid == 6
    # Nothing new: nothing written. Two more: only they.
    assert _run(database, server, account_id).added == 0
    for n in (5, 6):
        server.append(USER, _mail(n, "jana.novakova@klient.cz"), folder)
    assert _run(database, server, account_id).added == 2
    assert _stored(database, account_id) == 7


def test_a_sync_stopped_between_batches_resumes_without_loss_or_twice(database, setup):
    server, folder, _person, account_id = setup
    for n in range(7):
        server.append(USER, _mail(n, "jana.novakova@klient.cz"), folder)
    calls = []

    def stop_on_the_third_batch() -> None:
        calls.append(1)
        if len(calls) == 3:
            raise SyncCancelled

    with pytest.raises(SyncCancelled):
        _run(database, server, account_id, batch=2, check_cancel=stop_on_the_third_batch)
    assert _stored(database, account_id) == 4  # two whole batches and their checkpoint
    with database.session_scope() as s:
        assert folder_state(s, account_id, folder).last_uid == 4
    report = _run(database, server, account_id, batch=2)
    assert (report.added, report.folders[folder].duplicates) == (3, 0)
    assert _stored(database, account_id) == 7


def test_a_new_uidvalidity_reads_the_folder_again_without_doubles(database, setup):
    server, folder, _person, account_id = setup
    mails = [_mail(n, "jana.novakova@klient.cz") for n in range(3)]
    for raw in mails:
        server.append(USER, raw, folder)
    assert _run(database, server, account_id).added == 3
    # The folder is made anew on the server (a restore, a migration): new UIDVALIDITY.
    conn = server.connect(USER)
    try:
        conn.delete(folder)
    finally:
        conn.logout()
    for raw in mails:
        server.append(USER, raw, folder)
    report = _run(database, server, account_id)
    assert report.folders[folder].resynced
    assert (report.added, report.folders[folder].duplicates) == (0, 3)
    assert _stored(database, account_id) == 3


def test_a_refused_password_stores_nothing_and_says_so(database, setup):
    server, folder, _person, account_id = setup
    server.append(USER, _mail(1, "jana.novakova@klient.cz"), folder)
    with pytest.raises(AuthenticationFailed) as refused:
        sync_imap_account(database, account_id, "wrong-Heslo-č", pinned_sha256=server.cert_sha256)
    assert "wrong-Heslo" not in str(refused.value)
    assert _stored(database, account_id) == 0


_KILLED_CHILD = """
import sys, time
from smallcrm.core.db import Database
from smallcrm.core.sync.engine import sync_imap_account
url, account_id, password, pin = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def slow():
    print("batch", flush=True)
    time.sleep(0.1)
if __name__ == "__main__":  # the parser processes import this file again
    sync_imap_account(Database(url), account_id, password, pinned_sha256=pin, batch=50,
                      check_cancel=slow)
"""

# 150 messages in batches of 50: three batches stored, then three of bodies read, each
# parsed in a helper process. A kill lands in one of them, or between.
KILL_MESSAGES = 150


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_sync_killed_at_any_moment_resumes_without_loss_or_twice(database, setup, tmp_path, seed):
    """SIGKILL, not a polite stop, at a random moment of either phase: the store holds
    whole batches with the checkpoint of the last one, every stored message exactly once,
    and the next run completes the folder and reads every body left."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    rng = random.Random(seed)
    server, folder, _person, account_id = setup
    for n in range(KILL_MESSAGES):
        server.write_maildir_message(USER, _mail(n, "jana.novakova@klient.cz"), folder)
    script = tmp_path / "child.py"
    script.write_text(_KILLED_CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), database.url, str(account_id), server.users[USER],
         server.cert_sha256],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    for _ in range(rng.randint(1, 6)):  # batches begun, of six
        assert child.stdout.readline().startswith("batch")
    time.sleep(rng.uniform(0, 0.15))
    helpers = _children(child.pid)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    partial = _stored(database, account_id)
    assert partial % 50 == 0 and partial <= KILL_MESSAGES
    with database.session_scope() as s:
        uids = list(s.scalars(select(MailMessage.uid).where(MailMessage.account_id == account_id)))
        assert len(uids) == len(set(uids))
        if uids:
            assert folder_state(s, account_id, folder).last_uid == max(uids)
    report = _run(database, server, account_id)
    assert report.added == KILL_MESSAGES - partial and report.folders[folder].duplicates == 0
    assert _stored(database, account_id) == KILL_MESSAGES
    with database.session_scope() as s:
        assert count_pending_bodies(s, account_id) == 0
        texts = s.scalars(select(MailMessage.text).where(MailMessage.account_id == account_id))
        assert all(t.startswith("Dobrý den") for t in texts)
    # The killed run's parser processes end with it: nothing is left running.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in helpers):
        time.sleep(0.1)
    assert not [pid for pid in helpers if _alive(pid)]


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(p) for p in children.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as ended)."""
    from pathlib import Path

    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"
