"""Format generated Python with black, in-process."""

from __future__ import annotations

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from generator.errors import ClientgenError

_MODE = Mode(target_versions={TargetVersion.PY310}, line_length=100)


class FormatError(ClientgenError):
    exit_code = 1

    def render(self) -> str:
        return f"internal error: {self}"


def format_python(path: str, source: str) -> str:
    """Black-format one module; a failure here is a generator bug, reported with the path."""
    try:
        return black.format_str(source, mode=_MODE)
    except InvalidInput as exc:
        raise FormatError(f"generated {path} is not valid Python ({exc}); please report this") from None


def format_files(files: dict[str, str]) -> dict[str, str]:
    return {path: format_python(path, text) if path.endswith(".py") else text for path, text in files.items()}
