"""One sync of an account at a time: the lease row, over a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import update

from smallcrm.core.models import MailAccount, utcnow
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import AccountInput
from smallcrm.core.sync import lease
from smallcrm.core.sync.lease import SyncedElsewhere, account_lease


@pytest.fixture
def account(database) -> int:
    with database.session_scope() as s:
        return mail_accounts.add_account(
            s, AccountInput(name="Kancelář", host="imap.example.cz", user_name="jana")
        )


def _held(database, account_id: int) -> tuple:
    with database.session_scope() as s:
        row = s.get(MailAccount, account_id)
        return row.sync_owner, row.sync_lease_until


def test_a_second_sync_of_the_account_is_told_who_syncs_it(database, account):
    with account_lease(database, account, owner="pc-recepce:4242:a1"):
        with (
            pytest.raises(SyncedElsewhere, match="“Kancelář” is being synced by pc-recepce"),
            account_lease(database, account, owner="pc-advokat:77:b2"),
        ):
            pass
        with pytest.raises(SyncedElsewhere), account_lease(database, account):
            pass  # this computer too: another SmallCRM
    assert _held(database, account) == (None, None)  # let go at the end
    with account_lease(database, account, owner="pc-advokat:77:b2"):
        assert _held(database, account)[0] == "pc-advokat:77:b2"


def test_a_lease_is_let_go_when_the_sync_fails(database, account):
    with pytest.raises(RuntimeError), account_lease(database, account):
        raise RuntimeError("network down")
    assert _held(database, account) == (None, None)


def test_a_lease_that_ran_out_is_taken(database, account):
    with database.session_scope() as s:
        s.execute(
            update(MailAccount)
            .where(MailAccount.id == account)
            .values(sync_owner="pc-recepce:4242:a1", sync_lease_until=utcnow() - timedelta(1))
        )
    with account_lease(database, account, owner="pc-advokat:77:b2"):
        assert _held(database, account)[0] == "pc-advokat:77:b2"


def test_a_lease_of_an_ended_process_here_need_not_run_out(database, account):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    host = lease.owner_name().partition(":")[0]
    with database.session_scope() as s:
        s.execute(
            update(MailAccount)
            .where(MailAccount.id == account)
            .values(sync_owner=f"{host}:{ended.stdout.strip()}:dead",
                    sync_lease_until=utcnow() + lease.LEASE)
        )  # fmt: skip
    with account_lease(database, account):
        assert _held(database, account)[0] != f"{host}:{ended.stdout.strip()}:dead"
    # A live process here (this one, under another token) is waited for.
    with (
        account_lease(database, account, owner=f"{host}:{os.getpid()}:live"),
        pytest.raises(SyncedElsewhere),
        account_lease(database, account),
    ):
        pass


def _renewing_keeps_the_lease_and_tells_when_it_was_lost(database, account, monkeypatch):
    with account_lease(database, account) as renew:
        first = _held(database, account)[1]
        renew()  # just taken: nothing to do yet
        assert _held(database, account)[1] == first
        monkeypatch.setattr(lease, "_RENEW_AFTER", timedelta(0))
        renew()
        assert _held(database, account)[1] > first
        # Stalled past its lease, the sync lost it to another computer: it must stop.
        with database.session_scope() as s:
            s.execute(
                update(MailAccount)
                .where(MailAccount.id == account)
                .values(sync_owner="pc-recepce:4242:a1")
            )
        with pytest.raises(SyncedElsewhere, match="pc-recepce syncs it now"):
            renew()
    assert _held(database, account)[0] == "pc-recepce:4242:a1"  # not ours to let go


def test_renewing_keeps_the_lease_and_tells_when_it_was_lost(database, account, monkeypatch):
    _renewing_keeps_the_lease_and_tells_when_it_was_lost(database, account, monkeypatch)


@pytest.mark.postgres
def test_the_lease_on_postgres_keeps_the_servers_time(pg_url, tmp_path, monkeypatch):
    """On a shared server the lease is told by the server's clock, not the workstations'."""
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile

    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            account = mail_accounts.add_account(
                s, AccountInput(name="Kancelář PG", host="imap.example.cz", user_name="jana")
            )
        # This workstation's clock an hour behind: the lease still runs ten minutes from now.
        monkeypatch.setattr(lease, "utcnow", lambda: utcnow() - timedelta(hours=1))
        with account_lease(database, account, owner="pc-recepce:4242:a1"):
            until = _held(database, account)[1]
            assert timedelta(minutes=9) < until - utcnow() <= lease.LEASE
            with pytest.raises(SyncedElsewhere), account_lease(database, account):
                pass
        _renewing_keeps_the_lease_and_tells_when_it_was_lost(database, account, monkeypatch)
    finally:
        database.dispose()
