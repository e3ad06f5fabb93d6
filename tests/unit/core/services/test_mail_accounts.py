"""Mail account settings: checked, named uniquely, fingerprints as users paste them."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.core.errors import KnownError
from smallcrm.core.services import mail_accounts as accounts
from smallcrm.core.services.mail_accounts import AccountInput

HEX = "ab" * 32
OPENSSL = "sha256 Fingerprint=" + ":".join(["AB"] * 32)


def _input(**kw) -> AccountInput:
    values = {"name": "Kancelář", "host": "imap.example.cz", "user_name": "jana"}
    values.update(kw)
    return AccountInput(**values)


@pytest.mark.parametrize(
    "text", [HEX, HEX.upper(), OPENSSL, ":".join(["ab"] * 32), " ab" * 32, f"  {HEX}\n"]
)
def test_fingerprints_in_every_pasted_shape(text):
    assert accounts.parse_fingerprint(text) == HEX


@pytest.mark.parametrize("text", ["", "ab" * 31, "zz" * 32, "ab" * 33, "sha1 Fingerprint=AB:CD"])
def test_what_is_not_a_sha256_fingerprint(text):
    with pytest.raises(KnownError, match="not a SHA-256"):
        accounts.parse_fingerprint(text)


def test_format_is_what_openssl_prints():
    assert accounts.format_fingerprint(HEX) == OPENSSL.split("=", 1)[1]


def test_add_list_find_and_update(database):
    with database.session_scope() as s:
        account_id = accounts.add_account(
            s, _input(security="starttls", pinned_sha256=OPENSSL, since_date=date(2026, 1, 1))
        )
    with database.session_scope() as s:
        [info] = accounts.list_accounts(s)
        assert (info.id, info.port, info.pinned_sha256) == (account_id, 143, HEX)
        # A fixed first day wins over "months back".
        assert (info.since_date, info.since_months) == (date(2026, 1, 1), None)
        assert info.folders == ("INBOX", "Sent")
        assert accounts.find_account(s, "KANCELÁŘ").id == account_id
        assert accounts.find_account(s, str(account_id)).id == account_id
        data = info.to_json()
        assert data["trusted_fingerprint"] == OPENSSL.split("=", 1)[1]
        assert data["since"] == "2026-01-01"
        accounts.update_account(s, account_id, _input(folders=("INBOX", " Archiv ", "INBOX")))
    with database.session_scope() as s:
        info = accounts.find_account(s, account_id)
        assert info.folders == ("INBOX", "Archiv")
        assert (info.port, info.since_months, info.to_json()["since"]) == (993, 12, "12 months")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"host": "imap example"}, "not a server name"),
        ({"host": ""}, "not a server name"),
        ({"security": "ssl"}, "Unknown security"),
        ({"port": 70000}, "not a port"),
        ({"user_name": " "}, "needs a user name"),
        ({"privacy": "some"}, "Unknown privacy"),
        ({"folders": (" ",)}, "at least one folder"),
        ({"since_months": 0}, "at least one month"),
        ({"pinned_sha256": "abc"}, "not a SHA-256"),
    ],
)
def test_bad_settings_are_refused_with_the_reason(database, change, message):
    with database.session_scope() as s, pytest.raises(KnownError, match=message):
        accounts.add_account(s, _input(**change))


def test_names_are_unique_ignoring_case(database):
    with database.session_scope() as s:
        accounts.add_account(s, _input())
        with pytest.raises(KnownError, match="already a mail account"):
            accounts.add_account(s, _input(name="KANCELÁŘ"))


def test_password_key_is_stable_and_names_no_user(database):
    with database.session_scope() as s:
        account_id = accounts.add_account(s, _input())
        key = accounts.password_key(s, account_id)
    with database.session_scope() as s:
        assert accounts.password_key(s, account_id) == key
    assert key.endswith(f"/{account_id}") and "jana" not in key
    with pytest.raises(accounts.AccountNotFound), database.session_scope() as s:
        accounts.find_account(s, "nobody")


def test_an_account_that_syncs_only_on_demand_stays_so(database):
    with database.session_scope() as s:
        account_id = accounts.add_account(s, _input(sync_minutes=None))
    with database.session_scope() as s:
        assert accounts.find_account(s, account_id).sync_minutes is None
