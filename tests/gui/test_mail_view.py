"""The mail view over a real profile: mail stored through the sync path, shown, filed, saved."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
from smallcrm.core.db import Database
from smallcrm.core.documents.store import DocumentStore, safe_file_name
from smallcrm.core.interop.mime import attachment_bytes, parse_message
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import MailMessage
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import mail_accounts, mail_store, matters
from smallcrm.core.services.mail_accounts import AccountInput
from smallcrm.core.services.matters import MatterInput
from smallcrm.gui.models.messages_model import (
    FROM,
    MATTER,
    MESSAGE_IDS_MIME,
    SUBJECT,
    MessageFilter,
    MessagesModel,
    ids_from_mime,
)
from smallcrm.gui.views import mail as mail_view
from smallcrm.gui.views.mail import MailView, MatterPickDialog, remote_image_urls

EML = Path(__file__).resolve().parents[1] / "data" / "eml"
ARRIVED = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
IMAGE = QTextDocument.ResourceType.ImageResource.value

CZECH = (
    "From: =?utf-8?q?Jana_Nov=C3=A1kov=C3=A1?= <jana.novakova@advokati.cz>\r\n"
    "To: Petr Dvorak <petr@firma.cz>\r\n"
    "Subject: =?utf-8?q?Smlouva_o_d=C3=ADlo?=\r\n"
    "Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    "Message-ID: <smlouva-1@advokati.cz>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Dobrý den, posílám návrh smlouvy o dílo.\r\n"
).encode()

REPLY = (
    b"From: Petr Dvorak <petr@firma.cz>\r\n"
    b"To: jana.novakova@advokati.cz\r\n"
    b"Subject: Re: Smlouva o dilo\r\n"
    b"Date: Mon, 23 Nov 2026 12:00:00 +0100\r\n"
    b"Message-ID: <smlouva-2@firma.cz>\r\n"
    b"In-Reply-To: <smlouva-1@advokati.cz>\r\n"
    b"References: <smlouva-1@advokati.cz>\r\n"
    b"\r\n"
    b"Diky, podivam se na to.\r\n"
)

FILES = {
    1: "mailparser_french_newsletter_iso8859_q_subject.eml",
    2: "mailparser_mailchimp_q_encoded_subject.eml",
    3: "phpmimeparser_emclient_ten_attachments.eml",
    4: "thunderbird_google_meet_invite.eml",
    5: "phpmimeparser_path_traversal_filename.eml",
    6: "mailparser_ibm_notes9_italian_related.eml",
    7: "kopano_outlook2010_dutch_order_related.eml",
}


def _png(color: str = "#2a6fb0") -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _image_names(doc: QTextDocument) -> list[str]:
    names = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return names


def _loaded(value) -> bool:
    return isinstance(value, QImage) and value.width() > 1 and value.height() > 1


@pytest.fixture
def mail(database: Database) -> dict[str, int]:
    """An account with the sample mail, stored the way a sync stores it."""
    with database.session_scope() as s:
        jana = book.save_record(
            s,
            ContactRecord(
                given_name="Jana",
                family_name="Nováková",
                emails=[Labeled("jana.novakova@advokati.cz")],
            ),
        ).id
        lease = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))
        account = mail_accounts.add_account(
            s, AccountInput(name="Kancelář", host="imap.advokati.cz", user_name="office")
        )
    raws = {uid: (EML / name).read_bytes() for uid, name in FILES.items()}
    raws[20] = CZECH
    raws[21] = REPLY
    messages = [
        RawMessage(uid, frozenset({"\\Seen"}) if uid != 21 else frozenset(), ARRIVED, len(r), r)
        for uid, r in sorted(raws.items())
    ]
    with database.session_scope() as s:
        mail_store.store_batch(
            s,
            account,
            Batch(messages, Checkpoint("INBOX", 1001, max(raws), None)),
            privacy="all",
        )
    ids = {}
    with database.session_scope() as s:
        for uid, message_id in s.execute(select(MailMessage.uid, MailMessage.id)):
            ids[uid] = message_id
    return {
        "jana": jana,
        "lease": lease,
        "account": account,
        **{f"uid{k}": v for k, v in ids.items()},
    }


def _view(qtbot, database: Database, **kwargs) -> MailView:
    view = MailView(database, None, **kwargs)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    return view


def test_list_pages_and_model_is_sound(qtbot, qtmodeltester, database, mail):
    model = MessagesModel(database)
    model.page_size = 3
    model.set_filter(MessageFilter())
    assert model.rowCount() == 3
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 9
    dates = [m.sent_at for m in model.messages()]
    assert dates == sorted(dates, reverse=True)
    qtmodeltester.check(model)

    reply = model.row_of(mail["uid21"])
    assert model.index(reply, SUBJECT).data(Qt.ItemDataRole.FontRole).bold()  # not \Seen
    assert model.index(reply, FROM).data() == "Petr Dvorak"
    many = model.row_of(mail["uid3"])
    assert model.index(many, SUBJECT).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(reply, SUBJECT).data(Qt.ItemDataRole.DecorationRole) is None


def test_dragging_rows_carries_message_ids(qtbot, database, mail):
    model = MessagesModel(database)
    model.set_filter(MessageFilter())
    indexes = [model.index(0, 0), model.index(0, 1), model.index(1, 0)]
    mime = model.mimeData(indexes)
    assert mime.hasFormat(MESSAGE_IDS_MIME)
    assert json.loads(bytes(mime.data(MESSAGE_IDS_MIME).data())) == [
        model.message(0).id,
        model.message(1).id,
    ]
    assert ids_from_mime(mime) == [model.message(0).id, model.message(1).id]
    junk = QMimeData()
    junk.setData(MESSAGE_IDS_MIME, b"{not json")
    assert ids_from_mime(junk) == []


def test_selecting_shows_subject_and_sender(qtbot, database, mail):
    view = _view(qtbot, database)
    assert view.accounts is not None and view.accounts.count() == 2
    view.open_message(mail["uid20"])
    assert view.pane.subject_label.text() == "Smlouva o dílo"
    assert "Jana Nováková <jana.novakova@advokati.cz>" in view.pane.values["from"].text()
    assert "Dobrý den" in view.pane.browser.toPlainText()
    assert view.table.currentIndex().row() == view.model.row_of(mail["uid20"])
    # The conversation is listed under the header.
    assert view.pane.thread_list.count() == 2

    # Choosing another row shows that one.
    row = view.model.row_of(mail["uid7"])
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.current_id == mail["uid7"]
    assert view.pane.subject_label.text() == "bestelling"


def test_delete_key_is_harmless_and_enter_opens(qtbot, database, mail):
    view = _view(qtbot, database)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.open_message(mail["uid20"])
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    before = view.model.rowCount()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == before
    with database.session_scope() as s:
        assert s.get(MailMessage, mail["uid20"]) is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(view.pane.browser.hasFocus)


def test_inline_cid_images_are_in_the_document(qtbot, database, mail):
    view = _view(qtbot, database)
    view.open_message(mail["uid1"])
    names = _image_names(view.pane.browser.document())
    inline = [n for n in names if n.startswith("smallcrm-cid:")]
    assert inline
    assert _loaded(view.pane.browser.loadResource(IMAGE, QUrl(inline[0])))
    # Its tracking pixel was dropped quietly: no bar for it.
    assert view.pane.remote_bar.isHidden()


def test_remote_images_blocked_until_asked(qtbot, database, mail, monkeypatch):
    view = _view(qtbot, database)
    view.open_message(mail["uid2"])
    assert not view.pane.remote_bar.isHidden()
    assert "(11)" in view.pane.remote_label.text()
    assert not any(n.startswith("http") for n in _image_names(view.pane.browser.document()))

    asked: list[list[str]] = []

    def fake_fetch(urls, context=None):
        asked.append(list(urls))
        return {url: _png() for url in urls}

    monkeypatch.setattr(mail_view, "fetch_remote_images", fake_fetch)
    qtbot.mouseClick(view.pane.remote_button, Qt.MouseButton.LeftButton)
    assert view.pane.remote_bar.isHidden()
    assert asked and all(u.startswith(("http://", "https://")) for u in asked[0])
    remote = [n for n in _image_names(view.pane.browser.document()) if n.startswith("http")]
    assert remote
    assert _loaded(view.pane.browser.loadResource(IMAGE, QUrl(remote[0])))

    # The next message starts blocked again.
    view.open_message(mail["uid1"])
    assert not view.allow_remote and view.remote_images == {}


def test_filing_on_a_matter_with_the_button(qtbot, database, mail, monkeypatch):
    view = _view(qtbot, database)
    view.open_message(mail["uid20"])
    assert not view.pane.unfile_button.isVisible()

    def accept(dialog: MatterPickDialog) -> int:
        dialog.select_matter(mail["lease"])
        dialog.whole_thread.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MatterPickDialog, "exec", accept)
    qtbot.mouseClick(view.pane.file_button, Qt.MouseButton.LeftButton)
    with database.session_scope() as s:
        filed = {
            i: s.scalar(select(MailMessage.matter_id).where(MailMessage.id == i))
            for i in (mail["uid20"], mail["uid21"], mail["uid7"])
        }
    assert filed == {mail["uid20"]: mail["lease"], mail["uid21"]: mail["lease"], mail["uid7"]: None}
    assert "2026/0042 Lease" in view.pane.values["matter"].text()
    row = view.model.row_of(mail["uid20"])
    assert view.model.index(row, MATTER).data() == "2026/0042"

    # The matter's own mail view lists both; taking one off moves it out.
    on_matter = _view(qtbot, database, matter_id=mail["lease"])
    assert on_matter.accounts is None
    assert {m.id for m in on_matter.model.messages()} == {mail["uid20"], mail["uid21"]}
    on_matter.open_message(mail["uid21"])
    qtbot.mouseClick(on_matter.pane.unfile_button, Qt.MouseButton.LeftButton)
    with database.session_scope() as s:
        assert s.get(MailMessage, mail["uid21"]).matter_id is None
    assert [m.id for m in on_matter.model.messages()] == [mail["uid20"]]


def test_attachments_listed_with_safe_names(qtbot, database, mail):
    view = _view(qtbot, database)
    view.open_message(mail["uid3"])
    texts = [view.pane.attachments.item(i).text() for i in range(view.pane.attachments.count())]
    assert len(texts) == 10
    assert not view.pane.attachments_box.isHidden()
    view.open_message(mail["uid5"])
    texts = [view.pane.attachments.item(i).text() for i in range(view.pane.attachments.count())]
    assert len(texts) == 1 and texts[0].startswith("1234.txt (")
    assert "/" not in texts[0]


def test_save_as_writes_exactly_the_bytes(qtbot, database, mail, monkeypatch, tmp_path):
    view = _view(qtbot, database)
    view.open_message(mail["uid6"])
    items = [view.pane.attachments.item(i) for i in range(view.pane.attachments.count())]
    pdf = next(i for i in items if "Move To Eight" in i.text())
    view.pane.attachments.setCurrentItem(pdf)
    proposed: list[str] = []
    target = tmp_path / "saved.pdf"

    def ask(_parent, _title, default, *_args, **_kwargs):
        proposed.append(default)
        return str(target), ""

    monkeypatch.setattr(mail_view.QFileDialog, "getSaveFileName", ask)
    qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[0]).name == safe_file_name("Move To Eight ZWEP6227F.pdf")
    raw = (EML / FILES[6]).read_bytes()
    part = next(a for a in parse_message(raw).attachments if a.filename and "Move" in a.filename)
    assert target.read_bytes() == attachment_bytes(raw, part.part_path)
    assert not (tmp_path / "saved.pdf.part").exists()

    # A traversal name is proposed as a plain file name in the chosen folder.
    view.open_message(mail["uid5"])
    view.pane.attachments.setCurrentRow(0)
    qtbot.mouseClick(view.pane.save_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[1]).parent == tmp_path
    assert Path(proposed[1]).name == "1234.txt"


def test_file_attachment_as_document(qtbot, database, profile: Profile, mail):
    store = DocumentStore.at(profile.documents_dir)
    view = _view(qtbot, database, store_of=lambda: store)
    view.open_message(mail["uid5"])
    view.pane.attachments.setCurrentRow(0)
    assert view.pane.document_button.isEnabled()
    added: list[list[int]] = []
    view.documentsAdded.connect(added.append)
    qtbot.mouseClick(view.pane.document_button, Qt.MouseButton.LeftButton)
    assert len(added) == 1 and len(added[0]) == 1
    assert "filed" in view.pane.attachments.item(0).text()


def test_contact_view_shows_only_their_mail(qtbot, database, mail):
    view = _view(qtbot, database, contact_id=mail["jana"])
    assert view.accounts is None
    ids = {m.id for m in view.model.messages()}
    assert ids == {mail["uid20"], mail["uid21"]}


def test_remote_image_urls_and_fetch_limits(qtbot):
    html = (
        "<p style=\"background-image: url('https://a.example/bg.png')\">"
        '<img src="https://a.example/x.png?a=1&amp;b=2"><img src="smallcrm-cid:x">'
        '<img src="https://a.example/x.png?a=1&amp;b=2"></p><table background="http://b/t.gif">'
    )
    assert remote_image_urls(html) == [
        "https://a.example/bg.png",
        "https://a.example/x.png?a=1&b=2",
        "http://b/t.gif",
    ]

    png = _png()
    seen_headers: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen_headers.append(dict(self.headers))
            if self.path == "/a.png":
                body, kind = png, "image/png"
            elif self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.end_headers()
                return
            else:
                body, kind = b"<html></html>", "text/html"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        # A mail may not make this machine (or the office network) fetch anything.
        assert mail_view.fetch_remote_images([f"{base}/a.png"]) == {}
        assert seen_headers == []
        found = mail_view.fetch_remote_images(
            [f"{base}/a.png", f"{base}/page", f"{base}/moved", "file:///etc/passwd"],
            allow_private=True,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert found == {f"{base}/a.png": png}
    assert all("Cookie" not in h and "Referer" not in h for h in seen_headers)


def test_dropping_messages_on_a_matter_files_them(qtbot, database, mail):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from smallcrm.gui.views.matters import MattersView

    view = MattersView(database, None)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    row = next(r for r in range(view.model.rowCount()) if view.model.matter_id(r) == mail["lease"])
    model = MessagesModel(database)
    model.set_filter(MessageFilter(contact_id=mail["jana"]))
    mime = model.mimeData([model.index(r, 0) for r in range(model.rowCount())])
    where = QPointF(view.table.visualRect(view.model.index(row, 0)).center())
    event = QDropEvent(
        where,
        Qt.DropAction.LinkAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.table.dropEvent(event)
    assert event.isAccepted()
    with database.session_scope() as s:
        for key in ("uid20", "uid21"):
            assert s.get(MailMessage, mail[key]).matter_id == mail["lease"]
        assert s.get(MailMessage, mail["uid7"]).matter_id is None


def test_with_the_task_runner_reads_off_the_main_thread(qtbot, database, mail):
    from smallcrm.gui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        view = MailView(database, runner)
        qtbot.addWidget(view)
        view.model.page_size = 4
        view.show_account(mail["account"])
        view.model.set_filter(MessageFilter(account_id=mail["account"]))
        assert view.model.rowCount() == 4
        view.model.fetchMore()
        assert runner.wait_idle()
        assert view.model.rowCount() == 8
        view.open_message(mail["uid20"])
        assert runner.wait_idle()
        assert view.pane.subject_label.text() == "Smlouva o dílo"
        view.file_on_matter(mail["lease"])
        assert runner.wait_idle()
        assert "2026/0042" in view.pane.values["matter"].text()
    finally:
        runner.shutdown()


@pytest.mark.parametrize(
    ("url", "public"),
    [
        ("http://93.184.216.34/x.png", True),
        ("https://[2606:4700::1111]/x.png", True),
        ("http://127.0.0.1/x.png", False),
        ("http://localhost/x.png", False),
        ("http://192.168.1.1/router.cgi?reboot=1", False),
        ("http://10.0.0.5/x.png", False),
        ("http://169.254.169.254/latest/meta-data", False),
        ("http://[::1]/x.png", False),
        ("http:///x.png", False),
    ],
)
def test_only_public_addresses_are_asked_for_images(url, public):
    assert mail_view._on_the_internet(url) is public  # noqa: SLF001
