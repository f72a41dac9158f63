"""Shared by the team-workflow tests (config, --check, ownership, templates, pre-commit): a small spec and a runner."""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clientgen.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"

PETS = """\
openapi: 3.0.3
info: {title: Pets, version: "1.0.0"}
paths:
  /pets:
    get:
      operationId: listPets
      summary: List all pets.
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        name: {type: string, description: The pet's name.}
"""

# PETS with one more operation and one more model
PETS_V2 = PETS.replace(
    "components:\n",
    """  /owners:
    get:
      operationId: listOwners
      tags: [owners]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Owner"}
components:
""",
).replace(
    "  schemas:\n",
    """  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
""",
)


@dataclass
class Result:
    code: int
    out: str
    err: str


@contextlib.contextmanager
def cwd(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def clientgen(*args: str, at: Path | None = None) -> Result:
    """Run the command line in this process (fast), from folder `at`."""
    out, err = io.StringIO(), io.StringIO()
    with cwd(at or Path.cwd()), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Result(code, out.getvalue(), err.getvalue())


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    """{relative path: (mtime_ns, bytes)} of every file under root."""
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()}


def readme_blocks(heading: str, lang: str) -> list[str]:
    """The fenced code blocks of one language in the README section `## heading`, in order."""
    text = README.read_text("utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else len(text)]
    blocks = re.findall(r"^( *)```" + re.escape(lang) + r"\n(.*?)^\1```", section, flags=re.MULTILINE | re.DOTALL)
    return [re.sub(rf"^{indent}", "", code, flags=re.MULTILINE) for indent, code in blocks]
