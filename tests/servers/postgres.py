"""A throw-away PostgreSQL cluster on a free loopback port, for the shared-server profile."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers.base import (
    ServerProcess,
    as_user,
    find_binary,
    free_port,
    missing,
    private_dir,
    service_user,
)

PG_GLOBS = ("/usr/lib/postgresql/*/bin",)
SUPERUSER = "smallcrm"


@dataclass
class PostgresServer:
    port: int
    datadir: Path
    process: ServerProcess
    databases: list[str] = field(default_factory=list)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._admin(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self.process.stop()
        shutil.rmtree(self.datadir, ignore_errors=True)


def start_postgres(log_dir: Path) -> PostgresServer:
    initdb = find_binary("initdb", PG_GLOBS)
    postgres = find_binary("postgres", PG_GLOBS)
    if not initdb or not postgres:
        missing("PostgreSQL (initdb, postgres)", "apt-get install postgresql (make test does)")
    owner = service_user("postgres")
    datadir = private_dir("smallcrm-pg-", owner)
    subprocess.run(
        as_user(
            [initdb, "-D", str(datadir), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            owner,
        ),
        check=True,
        capture_output=True,
    )  # fmt: skip
    port = free_port()
    cmd = [
        postgres, "-D", str(datadir), "-p", str(port),
        "-c", "listen_addresses=127.0.0.1",
        "-c", f"unix_socket_directories={datadir}",
        # A test cluster: durability is not needed, speed is.
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
    ]  # fmt: skip
    process = ServerProcess("postgres", as_user(cmd, owner), log_dir / f"postgres-{port}.log")
    process.wait_for_port(port)
    server = PostgresServer(port, datadir, process)
    _wait_ready(server)
    return server


def _wait_ready(server: PostgresServer, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            server._admin("SELECT 1")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
