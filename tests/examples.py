"""The example specs under specs/ and how `make generate` names their output (one source)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Example:
    spec: str
    output: str
    package: str
    flags: tuple[str, ...] = ()

    @property
    def spec_path(self) -> Path:
        return ROOT / self.spec

    @property
    def output_path(self) -> Path:
        return ROOT / self.output

    def args(self, output: Path) -> list[str]:
        return ["generate", str(self.spec_path), "--output", str(output), "--package-name", self.package, "--quiet", *self.flags]


def load_examples() -> list[Example]:
    """Parse the Makefile's `generate` recipe so the tests and `make generate` cannot drift."""
    examples = []
    for line in (ROOT / "Makefile").read_text().splitlines():
        line = line.strip()
        if line.startswith("$(BIN)/clientgen generate "):
            words = line.split()[2:]
            spec = words[0]
            output = words[words.index("--output") + 1]
            package = words[words.index("--package-name") + 1]
            flags = tuple(w for w in words[1:] if w.startswith("--") and w not in ("--output", "--package-name", "--quiet"))
            examples.append(Example(spec, output, package, flags))
    return examples


EXAMPLES = load_examples()
UPLOADS = next(e for e in EXAMPLES if e.package == "openai_uploads")
