"""The built-in templates in IMPORTS_READY (generator/render/plan.py: the model and API group modules and
the groups' tests, `_cli.py`, `__main__.py`, `_version.py`, the `__init__.py` of the package, `api` and
`models`, the tests' `conftest.py` and `test_sdk.py`; all but `_client.py`) write exactly the imports their
module uses, in isort's order, so their modules skip `tidy_imports`; an overlay's do not.

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


LONG = "a_package_name_long_enough_that_its_imports_do_not_fit_on_one_line_sdk"  # conftest.py's imports wrap


@pytest.mark.parametrize(("spec", "package"), [(spec, "sdk") for spec in SPECS] + [(SPECS[3], LONG)])
def test_ready_modules_need_no_tidying(spec: str, package: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_clientgen("generate", str(REALWORLD / spec), "-o", str(out), "--package-name", package, "--quiet")
    assert done.returncode == 0, done.stderr
    modules = sorted((out / package / "models").glob("*.py"))
    assert len(modules) > 3
    modules += sorted((out / package / "api").glob("*.py"))  # the groups and their `__init__.py`
    modules += sorted((out / "tests").glob("*.py"))  # the groups' tests, the SDK's own and conftest.py
    modules += [out / package / name for name in ("_cli.py", "__init__.py", "__main__.py", "_version.py", "models/__init__.py")]
    for path in modules:
        text = path.read_text()
        assert tidy_imports(text, package) == text, f"{path.name}: its imports are not what the code uses, in order"


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
