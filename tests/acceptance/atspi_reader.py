"""Read a running program's accessibility tree over AT-SPI, as the Orca screen reader does.

    dbus-run-session -- python -m tests.acceptance.atspi_reader TITLE -- COMMAND...

starts COMMAND (the desk) on the private session bus, waits until a window whose name
contains TITLE is exposed through the accessibility bus, prints the tree of that
window as JSON lines (depth, role, name, description), then ends COMMAND. It is a
separate process from the program and speaks plain D-Bus (jeepney): what it sees is
what any assistive technology sees. Lists, tables and trees are read to their first
children only (a table of scores would be thousands of cells).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from jeepney import DBusAddress, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
LARGE = {"table", "tree table", "tree", "list box", "table cell", "page tab list"}
MAX_CHILDREN_OF_LARGE = 12
MAX_NODES = 4000
TIMEOUT = 60.0


@dataclass
class Node:
    depth: int
    role: str
    name: str
    description: str


def a11y_bus() -> DBusConnection:
    """The accessibility bus, whose address the session bus's org.a11y.Bus gives."""
    session = open_dbus_connection("SESSION")
    try:
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        address = session.send_and_get_reply(new_method_call(bus, "GetAddress")).body[0]
    finally:
        session.close()
    return open_dbus_connection(address)


def _call(conn: DBusConnection, ref: tuple[str, str], method: str) -> tuple:  # type: ignore[type-arg]
    target = DBusAddress(ref[1], bus_name=ref[0], interface=ACCESSIBLE)
    reply = conn.send_and_get_reply(new_method_call(target, method), timeout=10)
    if reply.header.message_type == MessageType.error:
        raise RuntimeError(f"{method} on {ref}: {reply.body}")
    return reply.body


def _property(conn: DBusConnection, ref: tuple[str, str], name: str) -> str:
    target = DBusAddress(ref[1], bus_name=ref[0], interface=ACCESSIBLE)
    reply = conn.send_and_get_reply(Properties(target).get(name), timeout=10)
    if reply.header.message_type == MessageType.error:
        return ""
    return str(reply.body[0][1])


def children(conn: DBusConnection, ref: tuple[str, str]) -> list[tuple[str, str]]:
    return [tuple(child) for child in _call(conn, ref, "GetChildren")[0]]  # type: ignore[misc]


def describe(conn: DBusConnection, ref: tuple[str, str], depth: int) -> Node:
    return Node(depth, str(_call(conn, ref, "GetRoleName")[0]),
                _property(conn, ref, "Name"), _property(conn, ref, "Description"))


def walk(conn: DBusConnection, ref: tuple[str, str], depth: int = 0) -> Iterator[Node]:
    """The subtree of `ref`, depth first, large containers cut short."""
    stack = [(ref, depth)]
    seen = 0
    while stack and seen < MAX_NODES:
        current, level = stack.pop()
        node = describe(conn, current, level)
        seen += 1
        yield node
        kids = children(conn, current)
        if node.role in LARGE:
            kids = kids[:MAX_CHILDREN_OF_LARGE]
        stack.extend((kid, level + 1) for kid in reversed(kids))


def find_window(conn: DBusConnection, title: str) -> tuple[str, str] | None:
    for app in children(conn, REGISTRY):
        try:
            for window in children(conn, app):
                if title in _property(conn, window, "Name"):
                    return window
        except RuntimeError:
            continue  # an application that went away meanwhile
    return None


def main(argv: list[str]) -> int:
    split = argv.index("--")
    title, command = argv[0], argv[split + 1:]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    program = subprocess.Popen(command, env=env)
    try:
        conn = a11y_bus()
        deadline = time.monotonic() + TIMEOUT
        window = None
        while window is None:
            if program.poll() is not None:
                print(f"the program ended ({program.returncode})", file=sys.stderr)
                return 2
            if time.monotonic() > deadline:
                print(f"no window named {title!r} on the accessibility bus", file=sys.stderr)
                return 3
            time.sleep(0.5)
            window = find_window(conn, title)
        time.sleep(1.0)  # the window's pages are built: let the bridge settle
        for node in walk(conn, window):
            print(json.dumps(asdict(node), ensure_ascii=False), flush=True)
        conn.close()
        return 0
    finally:
        program.terminate()
        try:
            program.wait(15)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
