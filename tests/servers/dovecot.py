"""A throw-away Dovecot IMAP server on free loopback ports, for the mail-sync tests."""

from __future__ import annotations

import contextlib
import datetime
import grp
import hashlib
import imaplib
import ipaddress
import os
import pwd
import shutil
import signal
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers.base import (
    ServerProcess,
    find_binary,
    free_port,
    missing,
    private_dir,
    service_user,
)

HOST = "127.0.0.1"
DEBIAN_PACKAGE = "dovecot-imapd"
# Two mailboxes, so a test can check that one account never sees the other's mail.
USERS: dict[str, str] = {"alice": "alice-Secret-1", "bob": "bob-Secret-2"}

# Written for Dovecot 2.3 (Debian 12). The names were checked against `doveconf -d` and
# /usr/share/doc/dovecot-core/wiki/HowTo.Rootless.txt; 2.4 renamed many of them.
CONFIG = """\
# Dovecot {version} for the SmallCRM tests (tests/servers/dovecot.py)
protocols = imap
listen = {host}
instance_name = smallcrm-test-{imap_port}
base_dir = {root}/run
state_dir = {root}/state
# Into the fixture's log file (stderr of the master, inherited by every child process).
log_path = /dev/stderr
info_log_path = /dev/stderr

# Rootless (HowTo.Rootless): every process runs as the one user that starts the master.
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
first_valid_gid = {gid}

ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
ssl_min_protocol = TLSv1.2

auth_mechanisms = plain login
# Lets LOGIN work on the plain listener without STARTTLS. Dovecot allows it anyway when the
# client and server IPs are equal (loopback counts as secure), so this states it openly.
disable_plaintext_auth = no
# A wrong password must fail fast in the tests, not after Dovecot's brute-force delays.
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}

mail_location = maildir:{root}/mail/%u
# A test server: durability across power loss does not matter, speed does.
mail_fsync = never
# The sent folder under its Czech name, with the role a client finds it by (RFC 6154).
namespace inbox {{
  inbox = yes
  mailbox "Odeslaná pošta" {{
    special_use = \\Sent
    auto = create
  }}
}}

protocol imap {{
  # CONDSTORE, QRESYNC, ENABLE, IDLE and UIDPLUS are built into 2.3's imap, no plugin needed.
  mail_max_userip_connections = 100
}}

service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


@dataclass
class DovecotServer:
    host: str
    imap_port: int
    imaps_port: int
    cert_path: Path
    """The self-signed server certificate (PEM); it is its own CA for verification."""
    cert_sha256: str
    """SHA-256 of the certificate's DER bytes, lowercase hex: what a client pins."""
    users: dict[str, str]
    root: Path
    log_path: Path
    process: ServerProcess
    version: str
    _stopped: bool = field(default=False, repr=False)

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts exactly this server's certificate (and checks 127.0.0.1)."""
        return ssl.create_default_context(cafile=str(self.cert_path))

    def connect(self, user: str | None = None) -> imaplib.IMAP4_SSL:
        """An implicit-TLS connection, logged in as `user` when given."""
        conn = imaplib.IMAP4_SSL(self.host, self.imaps_port, ssl_context=self.ssl_context())
        if user is not None:
            conn.login(user, self.users[user])
        return conn

    def create_folder(self, user: str, folder: str) -> None:
        conn = self.connect(user)
        try:
            typ, data = conn.create(_quote(folder))
            if typ != "OK" and b"exists" not in b" ".join(d for d in data if d).lower():
                raise RuntimeError(f"CREATE {folder!r} failed: {data!r}")
        finally:
            conn.logout()

    def append(
        self,
        user: str,
        raw_message: bytes,
        folder: str = "INBOX",
        flags: str = "",  # e.g. r"\Seen \Flagged"
        when: datetime.datetime | None = None,
    ) -> int:
        """Delivers an RFC 822 message through IMAP APPEND; returns the UID Dovecot gave it."""
        if folder != "INBOX":
            self.create_folder(user, folder)
        conn = self.connect(user)
        try:
            # imaplib turns bare LF into CRLF, as IMAP requires: give it CRLF to keep bytes.
            typ, data = conn.append(
                _quote(folder),
                flags or None,
                when or datetime.datetime.now(datetime.UTC),
                raw_message,
            )
            if typ != "OK":
                raise RuntimeError(f"APPEND to {folder!r} failed: {data!r}")
            # UIDPLUS: "[APPENDUID <uidvalidity> <uid>] ..."
            code = data[0].decode() if data and data[0] else ""
            if "APPENDUID" not in code:
                raise RuntimeError(f"APPEND gave no APPENDUID: {data!r}")
            return int(code.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        finally:
            conn.logout()

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """The Maildir of `user`'s `folder` on disk (Maildir++: INBOX is the root, X is .X)."""
        if user not in self.users:
            raise KeyError(user)
        base = self.root / "mail" / user
        return base if folder == "INBOX" else base / ("." + folder.replace("/", "."))

    def write_maildir_message(
        self,
        user: str,
        raw_message: bytes,
        folder: str = "INBOX",
        flags: str = "",  # Maildir letters in ASCII order, e.g. "FRS"
        when: datetime.datetime | None = None,
        name: str | None = None,
    ) -> Path:
        """Drops a message straight into the folder's cur/ (fast; bypasses IMAP APPEND).

        The folder is created when missing; files and folders get the server's owner, and
        the file's mtime (Dovecot's INTERNALDATE) is `when`. Dovecot finds the message on
        the next SELECT of the folder, which also indexes it then.
        """
        owner = self.root.stat()
        path = self.maildir(user, folder)
        if not (path / "cur").is_dir():
            made = [path.parent, path, *(path / sub for sub in ("cur", "new", "tmp"))]
            for folder_dir in made[2:]:
                folder_dir.mkdir(parents=True, exist_ok=True)
            if folder != "INBOX":
                (path / "maildirfolder").touch()
                made.append(path / "maildirfolder")
            for made_path in made:
                os.chown(made_path, owner.st_uid, owner.st_gid)
        stamp = (when or datetime.datetime.now(datetime.UTC)).timestamp()
        base = name or f"{int(stamp)}.M{time.monotonic_ns()}P{os.getpid()}.smallcrm-test"
        target = path / "cur" / f"{base},S={len(raw_message)}:2,{flags}"
        target.write_bytes(raw_message)
        os.chown(target, owner.st_uid, owner.st_gid)
        os.utime(target, (stamp, stamp))
        return target

    def stop(self) -> None:
        """Stops every Dovecot process; log, config and mail stay for debugging a failure."""
        if self._stopped:
            return
        self._stopped = True
        # The master stops its children on SIGTERM but does not wait for the log process, and
        # a hung master must not hang the run: then the rest of its process group goes too.
        master = self.process.proc
        leftover_signal = signal.SIGTERM
        if master.poll() is None:
            master.terminate()
            try:
                master.wait(10)
            except subprocess.TimeoutExpired:
                leftover_signal = signal.SIGKILL
        # Also after a failed start, where base.ServerProcess already ended the master alone.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(master.pid, leftover_signal)
        self.process.stop()
        # The mail, config and key move next to the log in pytest's tmp dir (which pytest
        # prunes itself); only the sockets and pid files of the run dir are dropped.
        shutil.rmtree(self.root / "run", ignore_errors=True)
        kept = self.log_path.parent / "server-files"
        try:
            shutil.move(self.root, kept)
            self.root = kept
        except OSError:
            pass  # then it stays where it was, still there to look at


def start_dovecot(tmp_dir: Path, timeout: float = 30.0) -> DovecotServer:
    """Starts Dovecot on two free ports (IMAP + STARTTLS, IMAPS); `tmp_dir` gets log and cert."""
    dovecot = find_binary("dovecot", ("/usr/sbin",))
    if not dovecot:
        missing("Dovecot (dovecot)", f"apt-get install {DEBIAN_PACKAGE} (make test does)")
    # Dovecot can drop root itself, but then the mail user needs its own uid and the login
    # processes a chroot; running it all as the package's unprivileged user is simpler.
    owner = service_user("dovecot")
    account = owner or pwd.getpwuid(os.geteuid())
    # pytest's tmp dirs are root-only, so the server's files live in a folder it owns.
    root = private_dir("smallcrm-dovecot-", owner)
    tmp_dir.mkdir(parents=True, exist_ok=True)

    cert_pem, key_pem = _self_signed_certificate()
    (root / "tls").mkdir(mode=0o700)
    (root / "tls" / "cert.pem").write_bytes(cert_pem)
    key_file = root / "tls" / "key.pem"
    key_file.touch(mode=0o600)
    key_file.write_bytes(key_pem)
    cert_path = tmp_dir / "dovecot-cert.pem"
    cert_path.write_bytes(cert_pem)
    fingerprint = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert_pem.decode())).hexdigest()

    home = root / "home"
    (root / "passwd").write_text(
        "".join(
            f"{name}:{{PLAIN}}{password}:{account.pw_uid}:{account.pw_gid}::{home / name}::\n"
            for name, password in USERS.items()
        )
    )
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()

    version = subprocess.run(
        [dovecot, "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    if not version.startswith("2.3."):
        # 2.4 needs dovecot_config_version and renamed settings (ssl_cert, mail_location, ...).
        raise RuntimeError(f"tests/servers/dovecot.py is written for Dovecot 2.3, not {version}")
    imap_port, imaps_port = free_port(), free_port()
    while imaps_port == imap_port:
        imaps_port = free_port()
    config = CONFIG.format(
        version=version,
        host=HOST,
        root=root,
        user=account.pw_name,
        group=grp.getgrgid(account.pw_gid).gr_name,
        uid=account.pw_uid,
        gid=account.pw_gid,
        imap_port=imap_port,
        imaps_port=imaps_port,
    )
    config_path = root / "dovecot.conf"
    config_path.write_text(config)
    # A copy next to the log, so a failed run shows what the server was told.
    (tmp_dir / "dovecot.conf").write_text(config)
    if owner is not None:
        for path in [root, *root.rglob("*")]:
            os.chown(path, owner.pw_uid, owner.pw_gid)

    log_path = tmp_dir / f"dovecot-{imap_port}.log"
    # As root, Popen switches user itself rather than through runuser (as_user): the master
    # is then our own child, which stop() can signal and reap directly.
    drop_root: dict[str, object] = (
        {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []} if owner else {}
    )
    process = ServerProcess(
        "dovecot",
        # -F: the master stays in the foreground; a new session makes its group ours alone.
        [dovecot, "-F", "-c", str(config_path)],
        log_path,
        start_new_session=True,
        **drop_root,
    )
    server = DovecotServer(
        HOST,
        imap_port,
        imaps_port,
        cert_path,
        fingerprint,
        dict(USERS),
        root,
        log_path,
        process,
        version,
    )
    try:
        process.wait_for_port(imap_port, timeout)
        process.wait_for_port(imaps_port, timeout)
        _wait_ready(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_ready(server: DovecotServer, timeout: float) -> None:
    """The port opens before auth is up: wait for a real login to succeed."""
    deadline = time.monotonic() + timeout
    user = next(iter(server.users))
    while True:
        try:
            server.connect(user).logout()
            return
        except (OSError, imaplib.IMAP4.error) as exc:
            if time.monotonic() > deadline or server.process.proc.poll() is not None:
                raise RuntimeError(
                    f"dovecot did not accept a login ({exc}):\n{server.process.log_tail()}"
                ) from exc
            time.sleep(0.05)


def _quote(mailbox: str) -> str:
    """imaplib sends mailbox names as they are: quote them (modified UTF-7 is not needed here)."""
    if not mailbox.isascii():
        raise ValueError(f"use an ASCII folder name in tests, not {mailbox!r}")
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _self_signed_certificate() -> tuple[bytes, bytes]:
    """A self-signed certificate for 127.0.0.1/localhost that can serve as its own trust anchor."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SmallCRM test Dovecot")])
    now = datetime.datetime.now(datetime.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        # CA:TRUE + keyCertSign + key identifiers: OpenSSL (also in strict X.509 mode, the
        # default from Python 3.13) accepts the certificate as the anchor of its own chain.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert_pem, key_pem
