"""The rules' levels agree with mypy: code written against the SDK before a breaking change fails
`mypy --strict` against the SDK after it; code using the whole SDK still type-checks after a
non-breaking one. One spec pair per rule (tests/test_surface_rules.py), one mypy run for all.

Rules whose break mypy cannot see are left out, with the reason (they fail at run time).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from teamwork import clientgen
from test_surface_rules import EDITS, REVERSED, base

from clientgen.surface.compare import RULES

CALL = 'c.default.get_pet("o", "p")'
# code valid against the SDK before the change, which the change breaks
BREAKS: dict[str, str] = {
    "method-removed": "c.default.list_pets()",
    "method-renamed": "c.default.list_pets()",
    "param-removed": 'c.default.get_pet("o", "p", verbose=True)',
    "param-added-required": CALL,
    "param-required": CALL,
    "type-changed": 'c.default.get_pet("o", "p", verbose=True)',
    "request-type-narrowed": 'c.default.get_pet("o", "p", limit="5")',
    "response-type-widened": f"i: int = {CALL}.id",
    # the submodule: `from PKG.models import Note` type-checks whatever the models, since the lazy
    # models/__init__.py has a module-level __getattr__ (a removed model fails there at run time)
    "model-removed": "from PKG.models.note import Note",
    "model-base-changed": "from PKG.models import Animal, Dog\n\na: Animal = Dog()",
    "field-removed": f"t = {CALL}.tag",
    "field-added-required": 'NewPet(name="x")',
    "field-required": 'NewPet(name="x")',
    "field-optional": f"n: str = {CALL}.name",
    "field-nullable": f"n: str = {CALL}.name",
    "auth-removed": 'Client(token="t")',
    "auth-changed": 'Client(token="t")',
    "cli-command-renamed": "",  # the CLI is not typed code: tested on snapshots
}
# breaking, but only at run time: mypy accepts the old code
AT_RUN_TIME = {
    "param-reordered": "both path parameters are str: the call type-checks and requests the wrong URL",
    "enum-value-removed": "enums are open (Literal[...] | str): the server rejects the old value",
}
# code that uses the whole SDK as it was: every non-breaking change must leave it valid
EVERYTHING = """\
p = c.default.get_pet("o", "p", verbose=True, limit=5)
i: int = p.id
n: str = p.name
t: str | None = p.tag
s: str | None = p.status
c.default.create_pet(name="x", tag="y", kind="cat")
c.default.create_pet(body=NewPet(name="x", tag=None))
d = c.default.list_pets()
"""


def _module(package: str, code: str) -> str:
    head = f"from {package} import Client\nfrom {package}.models import NewPet\n\nc = Client(token=\"t\")\n"
    return head + code.replace("PKG", package) + "\n"


def test_levels_agree_with_mypy(tmp_path: Path) -> None:
    assert set(BREAKS) | set(AT_RUN_TIME) == {r for r, level in RULES.items() if level == "breaking"}
    non_breaking = sorted(r for r, level in RULES.items() if level != "breaking")
    checked = sorted(r for r in BREAKS if BREAKS[r]) + non_breaking
    code: dict[str, str] = {}  # file -> expected "ok" or "error"
    built: set[str] = set()

    def check(package: str, spec: dict[str, object], name: str, snippet: str, expected: str) -> None:
        if package not in built:
            built.add(package)
            (tmp_path / f"{package}.json").write_text(json.dumps(spec))
            result = clientgen("generate", f"{package}.json", "-o", f"out/{package}", "--package-name", package, "-q", "--no-validate", at=tmp_path)
            assert result.code == 0, result.err
            (tmp_path / "pkgs" / package).symlink_to(tmp_path / "out" / package / package)
        (tmp_path / "use" / f"{name}.py").write_text(_module(package, snippet))
        code[f"{name}.py"] = expected

    (tmp_path / "pkgs").mkdir()
    (tmp_path / "use").mkdir()
    for rule in checked:
        old, new = base(), base()
        if rule in REVERSED:
            EDITS[REVERSED[rule]][0](old)
        else:
            EDITS[rule][0](new)
        snippet, key = BREAKS.get(rule, EVERYTHING), rule.replace("-", "_")
        check(f"sdk_old_{key}" if rule in REVERSED else "sdk_base", copy.deepcopy(old), f"use_old_{key}", snippet, "ok")
        check(f"sdk_new_{key}", new, f"use_new_{key}", snippet, "error" if rule in BREAKS else "ok")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), *sorted(code)],
        cwd=tmp_path / "use", env={"MYPYPATH": str(tmp_path / "pkgs"), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=900,
    )
    failing = {line.split(":", 1)[0] for line in run.stdout.splitlines() if ": error:" in line}
    assert not {f for f in failing if not f.startswith("use_")}, run.stdout  # the SDKs themselves are clean
    found = {f: "error" if f in failing else "ok" for f in code}
    assert found == code, run.stdout
