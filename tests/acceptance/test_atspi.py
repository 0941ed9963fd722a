"""The desk as a screen reader finds it: Qt's accessibility bridge read over AT-SPI.

The desk runs on the suite's X server under `dbus-run-session`, with the bridge forced
on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON, QT_ACCESSIBILITY); `atspi_reader`, a separate
process speaking D-Bus as Orca does, prints what the accessibility bus holds of its
window. The pages must be there by name, and every control of the kinds a person
operates must carry a name.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.acceptance.conftest import _in_ci
from tests.acceptance.desktop import XSession, cli, private_env, yansenne_command

pytestmark = pytest.mark.acceptance

ROOT = Path(__file__).resolve().parents[2]
Node = dict[str, object]  # one accessible as atspi_reader prints it
PAGES = ["Dashboard", "Edition", "Categories & grid", "Projects", "Jury", "Conflicts",
         "Collection", "Results", "Deliberation", "Ceremony"]
OPERATED = {"push button", "text", "check box", "radio button", "combo box", "spin box",
            "table", "list", "page tab list", "slider", "password text"}
# Named controls of the first screen (the sidebar and the Projects page), as the reader
# must hear them. The other pages are built when first shown (so that the desk opens at
# once on a large edition) and join the tree then; every page's names are checked, page
# by page, by tests/ui/test_accessibility.py.
NAMED = {("text", "Search the projects"), ("table", "Projects"), ("list", "Pages"),
         ("push button", "New project…")}


def _tools() -> list[str]:
    return [tool for tool in ("dbus-run-session",) if shutil.which(tool) is None] + [
        path for path in ("/usr/libexec/at-spi-bus-launcher",) if not Path(path).exists()]


def _need_atspi() -> None:
    """Skip without the accessibility bus's tools here; fail without them in CI."""
    missing = _tools()
    if missing:
        reason = f"AT-SPI needs {', '.join(missing)} (Debian: dbus at-spi2-core)"
        if _in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


def read_tree(x: XSession, home: Path, db: Path, lang: str = "en") -> list[Node]:
    env = private_env(x, home)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONPATH"] = str(ROOT)
    command = ["dbus-run-session", "--", sys.executable, "-m", "tests.acceptance.atspi_reader",
               "— Yansenne", "--", *yansenne_command(), "--lang", lang, "--db", str(db)]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_a_screen_reader_finds_the_pages_and_named_controls(x: XSession, home: Path,
                                                            demo_db: Path) -> None:
    _need_atspi()
    tree = read_tree(x, home, demo_db)
    assert tree[0]["role"] == "frame" and "Yansenne" in str(tree[0]["name"])
    sidebar = next(i for i, node in enumerate(tree)
                   if node["role"] == "list" and node["name"] == "Pages")
    items = [node["name"] for node in tree[sidebar + 1:sidebar + 1 + len(PAGES)]]
    assert items == PAGES
    seen = {(str(node["role"]), str(node["name"])) for node in tree}
    assert NAMED <= seen, NAMED - seen
    unnamed = [f"{node['role']} under {parent['role']} {parent['name']!r}"
               for node, parent in with_parents(tree)
               if node["role"] in OPERATED and not node["name"] and not _qt_part(node, parent)]
    assert unnamed == []


def test_a_screen_reader_hears_large_counts_grouped(x: XSession, home: Path,
                                                    tmp_path: Path) -> None:
    """Found by hand on edition L: the status bar said "320000 notes". A French reader
    hears a count of a thousand or more grouped as French writes it."""
    _need_atspi()
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "large.sqlite"
    made = cli(x, home, db, "demo", "--synthetic", "--year", "2045", "--projects", "60",
               "--jurors", "8", "--criteria", "4", "--seed", "5")
    assert made.returncode == 0, made.stderr
    with contextlib.closing(sqlite3.connect(db)) as outside:  # the file, not the widgets
        (marks,) = outside.execute("SELECT count(*) FROM scores").fetchone()
    assert marks >= 1_000
    labels = [str(node["name"]) for node in read_tree(x, home, db, "fr")
              if node["role"] == "label"]
    grouped = f"{marks:,}".replace(",", "\u202f")  # a narrow no-break space
    assert f"60 projets  ·  8 jurés  ·  {grouped} notes" in labels, labels


def with_parents(tree: list[Node]) -> list[tuple[Node, Node]]:
    """Each node with its parent (the reader prints the tree depth first)."""
    stack: list[Node] = []
    pairs = []
    for node in tree:
        del stack[int(node["depth"]):]  # type: ignore[call-overload]
        if stack:
            pairs.append((node, stack[-1]))
        stack.append(node)
    return pairs


def _qt_part(node: Node, parent: Node) -> bool:
    """Parts Qt adds to a control, read with it: a combo box's popup list, a field's clear
    button, the toolbar's overflow button; and tables that take no keyboard focus
    (charts' data, read cell by cell)."""
    return (parent["role"] in ("combo box", "text") or
            (node["role"] == "check box" and parent["role"] == "tool bar") or
            node["role"] == "table")
