"""The command line loads only the module of the command it runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from canteen import cli


def test_every_command_is_listed_in_help(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert f"    {name} " in out


def test_gui_command_does_not_load_the_other_commands():
    code = (
        "import sys; from canteen import cli; cli.build_parser(only='gui'); "
        "print(sorted(m for m in sys.modules if m.startswith('canteen.commands.'))); "
        "print('alembic' in sys.modules, 'reportlab' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["['canteen.commands.gui']", "False False"]
