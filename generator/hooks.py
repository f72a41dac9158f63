"""A team's own Jinja filters and IR hooks, from a Python module named in the configuration.

The module may define:

- `FILTERS`: a dict of Jinja filter name -> function, added to (or replacing) the built-in ones;
- `process_api(api)`: called with the IR before rendering; it returns the Api to render
  (the IR is frozen dataclasses: use `dataclasses.replace`), or None to keep it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, NamedTuple

from .errors import ClientgenError, ConfigError, HookError
from .ir.model import Api


class Hooks(NamedTuple):
    """A team's hooks module: extra template filters, and a function that may rewrite the IR."""

    name: str = ""
    filters: Mapping[str, Callable[..., Any]] = MappingProxyType({})
    process_api: Callable[[Api], Api | None] | None = None

    def apply(self, api: Api) -> Api:
        if self.process_api is None:
            return api
        try:
            result = self.process_api(api)
        except Exception as exc:
            raise HookError(f"{self.name}.process_api failed: {type(exc).__name__}: {exc}") from exc
        if result is None:
            return api
        if not isinstance(result, Api):
            raise HookError(f"{self.name}.process_api returned {type(result).__name__}; expected an Api or None")
        return result


def _import(ref: str, search: Path | None) -> ModuleType:
    if ref.endswith(".py") or "/" in ref:
        path = Path(ref)
        if not path.is_file():
            raise ConfigError(f"hooks file not found: {path}")
        spec = importlib.util.spec_from_file_location(f"_clientgen_hooks_{path.stem}", path)
        if spec is None or spec.loader is None:
            raise ConfigError(f"cannot import hooks from {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    added = search is not None and str(search) not in sys.path
    if added:
        sys.path.insert(0, str(search))
    try:
        return importlib.import_module(ref)
    except ImportError as exc:
        raise ConfigError(f"cannot import hooks module {ref!r}: {exc}") from None
    finally:
        if added:
            sys.path.remove(str(search))


def load_hooks(ref: str | None, search: Path | None = None) -> Hooks:
    """Import the hooks module `ref` (a module name, or a path to a .py file)."""
    if not ref:
        return Hooks()
    try:
        module = _import(ref, search)
    except ClientgenError:
        raise
    except Exception as exc:  # the module itself raised while importing
        raise HookError(f"importing hooks {ref!r} failed: {type(exc).__name__}: {exc}") from exc
    filters = getattr(module, "FILTERS", {})
    if not isinstance(filters, dict) or not all(isinstance(k, str) and callable(v) for k, v in filters.items()):
        raise ConfigError(f"hooks {ref!r}: FILTERS must be a dict of name -> function")
    process = getattr(module, "process_api", None)
    if process is not None and not callable(process):
        raise ConfigError(f"hooks {ref!r}: process_api must be a function")
    return Hooks(name=ref, filters=dict(filters), process_api=process)
