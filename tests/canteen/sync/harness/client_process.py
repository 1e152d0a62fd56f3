"""Client databases for fault tests: fresh files copied from one template, `canteen sync` in a
subprocess (for the client's crash points)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from canteen.db.engine import Database
from canteen.db.lifecycle import open_database
from tests.canteen.sync.harness.server_process import ROOT, canteen_command


class Templates:
    """Makes one fresh, migrated database file once; every client after it is a copy (fast)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._template: Path | None = None

    def new(self, path: Path) -> Database:
        """A fresh client database at `path`."""
        if self._template is None:
            self._template = self.folder / "template.db"
            open_database(self._template, create=True).engine.dispose()
        shutil.copyfile(self._template, path)
        return open_database(path)


def run_sync(db_path: Path, crashpoint: str | None = None) -> subprocess.CompletedProcess:
    """`canteen sync --database …` in a subprocess (optionally dying at a crash point)."""
    env = dict(os.environ)
    env.pop("SYNC_CRASHPOINT", None)
    if crashpoint:
        env["SYNC_CRASHPOINT"] = crashpoint
    return subprocess.run(
        canteen_command("sync", "--database", str(db_path)),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
