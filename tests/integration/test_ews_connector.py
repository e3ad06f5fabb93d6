"""The EWS connector against the loopback EWS server: batches, checkpoints, faults."""

from __future__ import annotations

import exchangelib
import pytest
import requests

from smallcrm.core.connectors import ews
from smallcrm.core.errors import KnownError
from tests.servers.ews import USERS, start_ews_server

PASSWORD = USERS["alice"]


@pytest.fixture
def server(ews_server):
    ews_server.reset()
    yield ews_server
    exchangelib.close_connections()


def settings(server, **kwargs) -> ews.EwsSettings:
    return ews.EwsSettings(server.url, "alice", auth="basic", email="alice@example.test", **kwargs)


def message(n: int) -> bytes:
    return f"Subject: test {n}\r\nFrom: a@example.test\r\n\r\nbody {n}\r\n".encode()


def test_first_sync_in_batches_one_getitem_each(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(250)]
    with ews.connect(settings(server), PASSWORD) as conn:
        server.reset_counters()
        batches = list(conn.fetch_new("inbox", None, batch=100))
    assert [len(b.messages) for b in batches] == [100, 100, 50]
    assert [m.item_id for b in batches for m in b.messages] == ids
    assert batches[0].messages[7].raw == message(7)
    assert all(b.checkpoint.folder == "inbox" and b.checkpoint.sync_state for b in batches)
    assert len({b.checkpoint.sync_state for b in batches}) == 3
    assert server.requests["GetItem"] == 3  # at most one per batch, never one per item
    assert server.requests["SyncFolderItems"] == 3


def test_resume_from_a_stored_checkpoint(server):
    for n in range(30):
        server.add_message("alice", "inbox", message(n))
    with ews.connect(settings(server), PASSWORD) as conn:
        first = next(iter(conn.fetch_new("inbox", None, batch=10)))
        rest = list(conn.fetch_new("inbox", first.checkpoint.sync_state, batch=10))
    assert len(first.messages) + sum(len(b.messages) for b in rest) == 30


def test_incremental_sync_add_delete_read(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(5)]
    with ews.connect(settings(server), PASSWORD) as conn:
        state = list(conn.fetch_new("inbox", None))[-1].checkpoint.sync_state
        server.delete_item("alice", ids[0])
        server.set_read("alice", ids[1])
        new = server.add_message("alice", "inbox", message(99), is_read=True)
        server.reset_counters()
        (batch,) = list(conn.fetch_new("inbox", state))
        assert [m.item_id for m in batch.messages] == [new]
        assert batch.messages[0].is_read is True
        assert batch.messages[0].raw == message(99)
        assert batch.deleted == [ids[0]]
        assert batch.read_changes == {ids[1]: True}
        assert server.requests["GetItem"] == 1
        # No change: one SyncFolderItems, no GetItem, an empty batch with a checkpoint.
        server.reset_counters()
        (empty,) = list(conn.fetch_new("inbox", batch.checkpoint.sync_state))
        assert (empty.messages, empty.deleted, empty.read_changes) == ([], [], {})
        assert server.requests["GetItem"] == 0


def test_folders(server):
    server.add_folder("alice", "Klienti")
    server.add_message("alice", "sentitems", message(1))
    with ews.connect(settings(server), PASSWORD) as conn:
        folders = {f.name: f for f in conn.folders()}
        assert folders["Inbox"].distinguished == "inbox"
        assert folders["Sent Items"].total == 1
        assert folders["Klienti"].distinguished is None
        (batch,) = list(conn.fetch_new("sentitems", None))
        assert batch.messages[0].raw == message(1)
        (by_id,) = list(conn.fetch_new(folders["Klienti"].id, None))
        assert by_id.messages == []


def test_invalid_sync_state(server):
    server.add_message("alice", "inbox", message(1))
    with ews.connect(settings(server), PASSWORD) as conn:
        state = list(conn.fetch_new("inbox", None))[-1].checkpoint.sync_state
        server.invalidate_sync_states("alice")
        with pytest.raises(ews.InvalidSyncState):
            list(conn.fetch_new("inbox", state))
        server.fail_next("invalid_sync_state")
        with pytest.raises(ews.InvalidSyncState):
            list(conn.fetch_new("inbox", None))
        # Starting over works.
        assert len(list(conn.fetch_new("inbox", None))[0].messages) == 1


def test_server_busy_surfaces_back_off(server):
    server.add_message("alice", "inbox", message(1))
    with ews.connect(settings(server), PASSWORD) as conn:
        server.fail_next("server_busy", operation="GetItem")
        with pytest.raises(ews.ServerBusy) as caught:
            list(conn.fetch_new("inbox", None))
        assert caught.value.retry_after_seconds == pytest.approx(1.5)
        assert isinstance(caught.value, KnownError)


@pytest.mark.parametrize("kind", ["http_503", "http_429"])
def test_http_retry_after(server, kind):
    with ews.connect(settings(server), PASSWORD) as conn:
        server.fail_next(kind)
        with pytest.raises(ews.ServerBusy) as caught:
            list(conn.fetch_new("inbox", None))
        assert caught.value.retry_after_seconds == 7
        assert "7 seconds" in str(caught.value)


def test_wrong_password(server):
    with pytest.raises(ews.AuthenticationFailed) as caught:
        ews.connect(settings(server), "Wrong-Secret-42")
    text = str(caught.value) + repr(caught.value.__cause__) + str(caught.value.__cause__)
    assert "Wrong-Secret-42" not in text
    assert PASSWORD not in text


def test_401_in_the_middle(server):
    with ews.connect(settings(server), PASSWORD) as conn:
        server.fail_next("http_401")
        with pytest.raises(ews.AuthenticationFailed) as caught:
            list(conn.fetch_new("inbox", None))
        assert PASSWORD not in str(caught.value)


def test_invalid_character_references_are_survived(server):
    for n in range(3):
        server.add_message("alice", "inbox", message(n))
    with ews.connect(settings(server), PASSWORD) as conn:
        server.fail_next("bad_xml")
        (batch,) = list(conn.fetch_new("inbox", None))
    # exchangelib's lxml parser recovers from &#x0; and friends; nothing is lost.
    assert [m.raw for m in batch.messages] == [message(n) for n in range(3)]


def test_connection_reset_is_unreachable(server):
    with ews.connect(settings(server), PASSWORD) as conn:
        server.fail_next("reset")
        with pytest.raises((ews.ServerUnreachable, ews.ServerBusy)):
            list(conn.fetch_new("inbox", None))


def test_server_down_is_unreachable():
    gone = start_ews_server()
    gone.stop()
    with pytest.raises(ews.ServerUnreachable):
        ews.connect(settings(gone), PASSWORD)


def test_pinned_certificate():
    tls = start_ews_server(tls=True)
    try:
        tls.add_message("alice", "inbox", message(1))
        with pytest.raises(ews.UntrustedCertificate) as caught:
            ews.connect(settings(tls), PASSWORD)
        assert caught.value.sha256 == tls.cert_sha256
        with pytest.raises(ews.UntrustedCertificate):
            ews.connect(settings(tls, pinned_sha256="ab" * 32), PASSWORD)
        with ews.connect(settings(tls, pinned_sha256=tls.cert_sha256), PASSWORD) as conn:
            (batch,) = list(conn.fetch_new("inbox", None))
        assert batch.messages[0].raw == message(1)
    finally:
        exchangelib.close_connections()
        tls.stop()


def test_bytewise_read_is_detected_and_chunked(server):
    # exchangelib 5.x calls iter_content() without a size (one byte per step); the adapter
    # exchangelib uses then hands it 64 KiB chunks, and leaves explicit sizes alone.
    assert ews.READS_BYTEWISE is True
    assert exchangelib.protocol.BaseProtocol.HTTP_ADAPTER_CLS is ews.SmallCrmHttpAdapter
    session = requests.Session()
    session.mount("http://", ews.SmallCrmHttpAdapter())
    response = session.post(server.url, data=b"<x/>")  # a 401 page, a few hundred bytes
    assert len(response.content) > 100
    assert len(list(response.iter_content())) == 1
    assert len(list(response.iter_content(10))) > 10


def test_a_password_with_diacritics_goes_as_utf8_over_basic_auth():
    """requests would send a Basic password as Latin-1 and fail on "š"; RFC 7617 says UTF-8."""
    password = "Heslo-š-ř-ž"
    server = start_ews_server(users={"jana": password})
    try:
        config = ews.EwsSettings(server.url, "jana", auth="basic", email="jana@example.test")
        with ews.connect(config, password) as conn:
            assert conn.folders()
        with pytest.raises(ews.AuthenticationFailed):
            ews.connect(config, "Heslo-s-r-z")
    finally:
        exchangelib.close_connections()
        server.stop()
