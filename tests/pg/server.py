"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary folder
owned by the `postgres` user, 127.0.0.1 only, a free port.

Durability is switched off (fsync, synchronous commit, full-page writes): the data
dies with the test run, and the suite stays quick. The superuser `postgres` logs in
without a password (trust); every other role needs its password (scram-sha-256),
as the jurors' logins would on a real server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PG_BIN = Path(os.environ.get("YANSENNE_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"
HBA = (
    "local all postgres trust\n"
    "host all postgres 127.0.0.1/32 trust\n"
    "host all all 127.0.0.1/32 scram-sha-256\n"
)
SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "log_min_messages": "warning",
}


def enabled() -> bool:
    """The PostgreSQL pass is asked for with YANSENNE_TEST_PG=1 (or =only)."""
    return os.environ.get("YANSENNE_TEST_PG", "") not in ("", "0")


def backends() -> list[str]:
    """What the `db` fixture is: SQLite and PostgreSQL (=1), or PostgreSQL alone (=only,
    for a second pass after a SQLite run of the whole suite)."""
    if not enabled():
        return ["sqlite"]
    if os.environ.get("YANSENNE_TEST_PG") == "only":
        return ["postgresql"]
    return ["sqlite", "postgresql"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """One server process; `start()` then `stop()` (which removes every file)."""

    # Under /tmp when run as root: the `postgres` user must be able to reach the folder.
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(
        prefix="yansenne-pg-", dir="/tmp" if os.geteuid() == 0 else None)))
    port: int = 0

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """Run a server program as `postgres` (PostgreSQL refuses to run as root)."""
        command = [str(PG_BIN / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    def start(self) -> PostgresServer:
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL server programs not found in {PG_BIN} "
                               "(install Debian's postgresql package, or set YANSENNE_PG_BIN)")
        if os.geteuid() == 0:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        done = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                         "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed:\n{done.stdout}{done.stderr}")
        (self.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        for _attempt in range(3):  # a free port can be taken between the check and the start
            self.port = _free_port()
            options = " ".join(f"-c {key}={value}" for key, value in {
                **SETTINGS, "port": str(self.port),
                "unix_socket_directories": str(self.folder)}.items())
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"),
                             "-w", "-t", "60", "-o", options, "start")
            if done.returncode == 0:
                return self
        log = (self.folder / "log").read_text(encoding="utf-8", errors="replace")
        raise RuntimeError(f"PostgreSQL did not start:\n{done.stdout}{done.stderr}\n{log}")

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        """A SQLAlchemy URL to one database of this server."""
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, outside a transaction (CREATE DATABASE...)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname=database, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)
