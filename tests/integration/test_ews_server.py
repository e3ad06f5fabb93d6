"""The loopback EWS server, driven by exchangelib's normal code path (real SOAP parsing)."""

from __future__ import annotations

import exchangelib
import pytest
from exchangelib import BASIC, DELEGATE, Account, Configuration, Credentials, Version  # noqa: E402
from exchangelib.version import EXCHANGE_2016  # noqa: E402

from tests.servers.ews import USERS  # noqa: E402


@pytest.fixture
def server(ews_server):
    ews_server.reset()
    yield ews_server
    exchangelib.close_connections()


def account(server, user: str = "alice", password: str | None = None) -> Account:
    config = Configuration(
        service_endpoint=server.url,
        credentials=Credentials(user, password or USERS[user]),
        auth_type=BASIC,
        version=Version(build=EXCHANGE_2016),
    )
    return Account(server.email(user), config=config, autodiscover=False, access_type=DELEGATE)


def message(n: int) -> bytes:
    return f"Subject: test {n}\r\nFrom: a@example.test\r\n\r\nbody {n}\r\n".encode()


def test_distinguished_folders_and_tree(server):
    server.add_message("alice", "inbox", message(1))
    server.add_folder("alice", "Klienti")
    acc = account(server)
    assert acc.inbox.name == "Inbox"
    assert acc.inbox.total_count == 1
    assert acc.sent.name == "Sent Items"
    names = {f.name for f in acc.msg_folder_root.walk()}
    assert {"Inbox", "Sent Items", "Drafts", "Deleted Items", "Klienti"} <= names
    assert server.requests["GetFolder"] >= 1
    assert server.requests["FindFolder"] >= 1


def test_mailboxes_are_separate(server):
    server.add_message("bob", "inbox", message(1))
    assert account(server, "alice").inbox.total_count == 0
    assert account(server, "bob").inbox.total_count == 1


def test_sync_items_pages_and_resumes(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(25)]
    inbox = account(server).inbox
    server.reset_counters()
    changes = list(inbox.sync_items(only_fields=["id", "changekey"], max_changes_returned=10))
    assert [c[0] for c in changes] == ["create"] * 25
    assert [c[1].id for c in changes] == ids
    assert server.requests["SyncFolderItems"] == 3  # 10 + 10 + 5, then IncludesLastItemInRange
    state = inbox.item_sync_state
    assert state

    server.delete_item("alice", ids[0])
    server.set_read("alice", ids[1])
    new = server.add_message("alice", "inbox", message(99))
    changes = list(inbox.sync_items(sync_state=state, only_fields=["id", "changekey"]))
    kinds = {(kind, getattr(item, "id", None) or item[0].id) for kind, item in changes}
    assert kinds == {
        ("delete", ids[0]),
        ("read_flag_change", ids[1]),
        ("create", new),
    }
    # Nothing new: an empty page with the same answer.
    assert list(inbox.sync_items(sync_state=inbox.item_sync_state)) == []


def test_getitem_many_in_one_request_with_mime(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(150)]
    server.set_read("alice", ids[3])
    acc = account(server)
    inbox = acc.inbox
    server.reset_counters()
    items = list(
        acc.fetch(
            ids=[(i, None) for i in ids],
            folder=inbox,
            only_fields=["mime_content", "is_read", "datetime_received"],
            chunk_size=150,
        )
    )
    assert server.requests["GetItem"] == 1
    assert [i.mime_content for i in items] == [message(n) for n in range(150)]
    assert [i.is_read for i in items[:5]] == [False, False, False, True, False]
    assert items[0].datetime_received is not None


def test_getitem_missing_item_is_an_error_per_item(server):
    keep = server.add_message("alice", "inbox", message(1))
    gone = server.add_message("alice", "inbox", message(2))
    server.delete_item("alice", gone)
    acc = account(server)
    items = list(acc.fetch(ids=[(keep, None), (gone, None)], folder=acc.inbox))
    assert items[0].mime_content == message(1)
    assert isinstance(items[1], exchangelib.errors.ErrorItemNotFound)


def test_wrong_password_is_401(server):
    with pytest.raises(exchangelib.errors.UnauthorizedError):
        account(server, password="wrong").inbox  # noqa: B018
