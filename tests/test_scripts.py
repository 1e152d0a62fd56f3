"""The start and test scripts: pip only after pyproject.toml changed, no database server for the app."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

FAKE_PYTHON = """#!/usr/bin/env bash
echo "$@" >> "$(dirname "$0")/../calls.log"
"""


def bash(script: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(script), *args], capture_output=True, text=True, cwd=cwd, timeout=30
    )


@pytest.fixture
def checkout(tmp_path) -> Path:
    """A copy of the scripts and pyproject.toml with a .venv whose python only logs its calls."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(SCRIPTS / "venv.sh", tmp_path / "scripts" / "venv.sh")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "canteen"\n')
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    return tmp_path


def pip_runs(checkout: Path) -> int:
    log = checkout / ".venv" / "calls.log"
    return log.read_text().count("-m pip install") if log.exists() else 0


def test_pip_runs_only_when_pyproject_changed(checkout):
    venv = checkout / "scripts" / "venv.sh"
    assert bash(venv).returncode == 0
    assert pip_runs(checkout) == 1
    assert bash(venv).returncode == 0
    assert pip_runs(checkout) == 1  # the second start installs nothing
    (checkout / "pyproject.toml").write_text('[project]\nname = "canteen"\nversion = "2"\n')
    assert bash(venv).returncode == 0
    assert pip_runs(checkout) == 2


def test_an_extra_is_installed_once_and_covers_the_plain_app(checkout):
    venv = checkout / "scripts" / "venv.sh"
    assert bash(venv, "dev").returncode == 0
    assert (checkout / ".venv" / "calls.log").read_text().strip().endswith("-e .[dev]")
    assert bash(venv, "dev").returncode == 0
    assert bash(venv).returncode == 0  # dev holds the app as well
    assert pip_runs(checkout) == 1


def test_a_failed_install_is_tried_again_next_time(checkout):
    python = checkout / ".venv" / "bin" / "python"
    python.write_text(FAKE_PYTHON + "exit 1\n")
    assert bash(checkout / "scripts" / "venv.sh").returncode != 0
    python.write_text(FAKE_PYTHON)
    assert bash(checkout / "scripts" / "venv.sh").returncode == 0
    assert pip_runs(checkout) == 2


def listed(purpose: str) -> set[str]:
    done = bash(SCRIPTS / "system-packages.sh", purpose, "--list")
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_app_needs_no_database_server_and_the_tests_get_theirs():
    app, tests = listed("app"), listed("test")
    assert "postgresql" not in app
    assert "poppler-utils" not in app
    assert {"libxcb-cursor0", "fonts-dejavu-core"} <= app
    assert tests == app | {"postgresql", "poppler-utils"}


def test_start_installs_the_app_packages_and_test_the_test_packages():
    assert "bash scripts/system-packages.sh app\n" in (SCRIPTS / "start.sh").read_text()
    assert "bash scripts/system-packages.sh test\n" in (SCRIPTS / "test.sh").read_text()


def test_the_scripts_are_valid_bash():
    for script in SCRIPTS.glob("*.sh"):
        done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, f"{script.name}: {done.stderr}"
