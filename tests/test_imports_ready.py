"""The built-in templates in IMPORTS_READY (generator/render/plan.py: the model and API group modules and
the groups' tests, `_cli.py`, the `__init__.py` of the package, `api` and `models`) write exactly the imports their module uses, in
isort's order, so their modules skip `tidy_imports`; an overlay's do not.

Real specs with the cases that used to leave tidy work: typed `additionalProperties` (a type the
module never writes), models on import cycles, inheritance; in API groups, form bodies (their model is
not written, its fields are the arguments), operations without overloads or file uploads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_clientgen

from clientgen.render.import_blocks import sorted_imports, tidy_imports

REALWORLD = ROOT.parent / "shared" / "realworld"
SPECS = [
    "azure.com/advisor.json",  # additionalProperties with a type
    "parliament.uk/erskine-may.json",  # models on import cycles
    "azure.com/trafficmanager.json",  # allOf inheritance and cycles
    "ably.io/platform.json",
    "twilio.com/twilio_ip_messaging_v1.json",  # form bodies
]


@pytest.mark.parametrize("spec", SPECS)
def test_ready_modules_need_no_tidying(spec: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_clientgen("generate", str(REALWORLD / spec), "-o", str(out), "--package-name", "sdk", "--quiet")
    assert done.returncode == 0, done.stderr
    modules = sorted((out / "sdk" / "models").glob("*.py"))
    assert len(modules) > 3
    modules += sorted((out / "sdk" / "api").glob("*.py"))  # the groups and their `__init__.py`
    modules += [p for p in sorted((out / "tests").glob("test_*.py")) if p.name != "test_sdk.py"]  # the groups' tests
    modules += [out / "sdk" / name for name in ("_cli.py", "__init__.py", "models/__init__.py")]
    for path in modules:
        text = path.read_text()
        assert tidy_imports(text, "sdk") == text, f"{path.name}: its imports are not what the code uses, in order"


def test_an_overlaid_model_template_is_tidied(tmp_path: Path) -> None:
    overlay = tmp_path / "templates" / "client" / "package" / "models"
    overlay.mkdir(parents=True)
    builtin = (ROOT / "templates" / "client" / "package" / "models" / "model.py.j2").read_text()
    (overlay / "model.py.j2").write_text(builtin.replace("{% for line in model_imports(model) %}", "import json\n{% for line in model_imports(model) %}", 1))
    out = tmp_path / "out"
    done = run_clientgen(
        "generate", str(REALWORLD / SPECS[0]), "-o", str(out), "--package-name", "sdk", "--templates", str(tmp_path / "templates"), "--quiet"
    )
    assert done.returncode == 0, done.stderr
    assert all("import json" not in p.read_text() for p in (out / "sdk" / "models").glob("*.py"))


def test_sorted_imports_sections_merges_and_wraps() -> None:
    lines = ["from typing import Literal", "from .._base_model import BaseModel", "from pydantic import Field", "from typing import Any", "import datetime"]
    assert sorted_imports(lines, "sdk") == [
        "import datetime",
        "from typing import Any, Literal",
        "",
        "from pydantic import Field",
        "",
        "from .._base_model import BaseModel",
    ]
    long = [f"from .models import {', '.join(f'VeryLongModelName{i}' for i in range(6))}"]
    assert sorted_imports(long, "sdk")[0] == "from .models import ("
