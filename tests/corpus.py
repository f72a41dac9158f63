"""The shared corpus of real specs, read from its MANIFEST so the tests cannot drift from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from conftest import SHARED_SPECS


@dataclass(frozen=True)
class CorpusSpec:
    path: str  # relative to shared/specs
    operations: int
    schemas: int

    @property
    def file(self) -> Path:
        return SHARED_SPECS / self.path

    @property
    def flags(self) -> tuple[str, ...]:
        flags: list[str] = []
        if "petstore-separate" in self.path:
            flags.append("--allow-outside-refs")  # it refers to ../common/Error.*
        if self.path.startswith("digitalocean/"):
            flags.append("--no-validate")  # its tag descriptions are $refs, which the standard forbids
        return tuple(flags)

    @property
    def id(self) -> str:
        return self.path.replace("/", "__")


def load_corpus() -> list[CorpusSpec]:
    manifest = (SHARED_SPECS / "MANIFEST.md").read_text()
    found = []
    for line in manifest.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 7 or not cells[0].startswith("`"):
            continue
        path = cells[0].strip("`")
        if "fragment" in cells or not (SHARED_SPECS / path).is_file():
            continue
        numbers = [c.replace(",", "") for c in cells if re.fullmatch(r"[0-9,]+", c)]
        # columns: size, paths, operations, schemas[, webhooks]
        if path.startswith("github/"):
            found.append(CorpusSpec(path, int(numbers[-2]), int(numbers[-1])))
        else:
            found.append(CorpusSpec(path, int(numbers[2]), int(numbers[3])))
    return found


CORPUS = load_corpus()
