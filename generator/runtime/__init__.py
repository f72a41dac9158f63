"""The runtime of every generated SDK, as ordinary Python: linted, type-checked and unit-tested here
(tests/runtime/), and copied byte for byte into each SDK's package (`<package>/_runtime.py`, ...).

Only the modules in `MODULES` are copied. This `__init__.py` and `_version.py` stay here: an SDK's
`_version.py` is rendered per API (templates/client/package/_version.py.j2), and the one here is
a stand-in so that the modules import and type-check as a package. A team overlay may replace a
module (`client/package/<module>.py`, see generator/render/verbatim.py).
"""

from __future__ import annotations

from pathlib import Path

SOURCE = Path(__file__).resolve().parent

# in the order the SDK's files are planned (generator/render/plan.py)
MODULES = ("_types", "_errors", "_base_model", "_streaming", "_pagination", "_serialize", "_runtime")
