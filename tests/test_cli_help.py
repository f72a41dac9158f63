"""The command line's help is laid out at the width argparse would choose, found without the
import of shutil that argparse makes for it (see `cli._Formatter`)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from clientgen import cli


@pytest.mark.parametrize("columns", ["123", "", "0", "wide"])
def test_the_width_is_shutils(columns: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    cli._terminal_columns.cache_clear()
    try:
        assert cli._terminal_columns() == shutil.get_terminal_size().columns
    finally:
        cli._terminal_columns.cache_clear()


def test_help_is_argparses_own_and_parsing_imports_no_shutil() -> None:
    script = """
import argparse, contextlib, io, sys
from clientgen import cli

def help_text():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        cli._parser().parse_args(["generate", "--help"])
    return out.getvalue()

ours = help_text()
print("shutil" in sys.modules)
cli._Formatter = argparse.HelpFormatter
print(ours == help_text())
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env={"COLUMNS": "60", "PATH": ""})
    assert done.returncode == 0, done.stderr
    imported, same = done.stdout.splitlines()
    assert imported == "False"
    assert same.split()[0] == "True"  # what argparse itself lays out at 60 columns
