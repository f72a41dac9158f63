"""The pieces that make generated code lint-clean at the source: import blocks, unions,
docstring width and links."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_generated_lint import RUFF

from clientgen.ir.links import absolute_links, link_base
from clientgen.ir.types import _PRIMITIVES, literal, optional, union
from clientgen.render.filters import docstring
from clientgen.render.import_blocks import tidy_imports

MESSY = '''"""A module."""

from __future__ import annotations

from .._types import NotGiven, NOT_GIVEN, TimeoutTypes
import pydantic
from typing import overload, TYPE_CHECKING
from .._pagination import PageSpec as _PageSpec
from ..models.item_2 import Item2
from ..models.item_10 import Item10
from pkg._version import __version__
from datetime import datetime
from typing import Any, Literal
import httpx
from .._pagination import Paginator
from ..models.unused import Unused

if TYPE_CHECKING:
    from .._runtime import SyncRuntime, AsyncRuntime

__all__ = ["__version__"]

x: Any = (NOT_GIVEN, NotGiven, pydantic.Field, overload, _PageSpec, Item2, Item10, Paginator)


Runtimes = tuple[SyncRuntime, "AsyncRuntime"]


def f(t: TimeoutTypes) -> Literal["a"] | Later | Kept:
    return "a"


# Imported last.
from .later import Later  # noqa: E402
from .kept_for_pydantic_with_a_long_enough_module_name import KeptForPydantic as KeptForPydantic  # noqa: E402
from .unused_late import UnusedLate  # noqa: E402
from .kept import Kept  # noqa: E402
'''

TIDY = '''"""A module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

import pydantic

from pkg._version import __version__

from .._pagination import PageSpec as _PageSpec
from .._pagination import Paginator
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ..models.item_2 import Item2
from ..models.item_10 import Item10

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["__version__"]

x: Any = (NOT_GIVEN, NotGiven, pydantic.Field, overload, _PageSpec, Item2, Item10, Paginator)


Runtimes = tuple[SyncRuntime, "AsyncRuntime"]


def f(t: TimeoutTypes) -> Literal["a"] | Later | Kept:
    return "a"


# Imported last.
from .kept import Kept  # noqa: E402
from .kept_for_pydantic_with_a_long_enough_module_name import (  # noqa: E402
    KeptForPydantic as KeptForPydantic,
)
from .later import Later  # noqa: E402
'''


def test_import_blocks_are_exact_and_sorted_as_isort_sorts_them(tmp_path: Path) -> None:
    tidy = tidy_imports(MESSY, "pkg")
    assert tidy == TIDY
    (tmp_path / "pkg" / "api").mkdir(parents=True)
    (tmp_path / "pkg" / "api" / "m.py").write_text(tidy)
    for init in ("pkg/__init__.py", "pkg/api/__init__.py"):
        (tmp_path / init).write_text("")
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", *RUFF, "."], cwd=tmp_path, capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout
    assert tidy_imports(tidy, "pkg") == tidy


def test_an_emptied_block_that_was_a_whole_body_becomes_pass() -> None:
    source = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from os import path\n\nx = TYPE_CHECKING\n"
    assert tidy_imports(source, "pkg") == "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    pass\n\nx = TYPE_CHECKING\n"


def test_a_block_with_comments_between_its_imports_is_left_alone() -> None:
    source = "import sys\n# why os\nimport os\n"
    assert tidy_imports(source, "pkg") == source


def test_union_members_appear_once() -> None:
    string = _PRIMITIVES["string"]
    open_enum = literal(["a", "b"], open_enum=True)
    assert union([open_enum, string]).py == "Literal['a', 'b'] | str"
    assert union([optional(open_enum), string]).py == "Literal['a', 'b'] | str | None"
    assert union([literal(["a | str"]), string]).py == "Literal['a | str'] | str"


def test_docstrings_wrap_prose_but_not_code_tables_or_urls() -> None:
    url = "https://example.com/" + "x" * 90
    text = ("word " * 30) + url + "\n\n```\n" + "code " * 30 + "\n```\n\n| a | b |" + " c |" * 30
    out = docstring(text, "    ")
    lines = out.split("\n")
    assert all(len("    " + line) <= 88 for line in lines if " " in line.strip() and "code" not in line and "|" not in line)
    assert f"    {url}" in lines
    assert ("    " + "code " * 30).rstrip() in lines
    assert not any(line.strip() == "" and line for line in lines), "no whitespace-only lines"
    assert not any(line.strip() == "" and line for line in docstring("a\n\nb", "    ", attribute=True).split("\n"))


def test_root_relative_links_become_absolute_where_the_site_is_known() -> None:
    assert link_base({"externalDocs": {"url": "https://docs.example.com/guide"}}, ["https://api.example.com/v1"]) == "https://docs.example.com"
    assert link_base({}, ["https://api.example.com/v1"]) == "https://api.example.com"
    assert link_base({}, ["/v1"]) is None
    assert link_base({}, ["{scheme}://{host}/v1"]) is None
    text = "See [the guide](/docs/guide#x), [a page](page.md), [top](#top) and [far](//cdn.example.com/a)."
    assert absolute_links(text, "https://api.example.com") == (
        "See [the guide](https://api.example.com/docs/guide#x), [a page](page.md), [top](#top) and [far](//cdn.example.com/a)."
    )
