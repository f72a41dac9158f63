"""Template folders stacked as layers: the user's overlays first, the built-in templates last.

A template is found in the first layer that has it, so an overlay file with a built-in's name
replaces it. Inside such a file, `{% extends %}` (or `include`/`import`) of its own name means
the same template one layer further down, so an overlay can extend the built-in it replaces
and override a single block. `builtin/<name>` always means the built-in template.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

BUILTIN_PREFIX = "builtin/"
_LAYER = "::"  # "2::docs/api.md.j2" = docs/api.md.j2, searched from layer 2 on


class LayeredLoader(jinja2.BaseLoader):
    def __init__(self, folders: Sequence[Path]) -> None:
        self.layers = [jinja2.FileSystemLoader(str(folder)) for folder in folders]

    def split(self, template: str) -> tuple[int, str]:
        """(first layer to search, plain template name)."""
        if template.startswith(BUILTIN_PREFIX):
            return len(self.layers) - 1, template[len(BUILTIN_PREFIX) :]
        layer, sep, name = template.partition(_LAYER)
        if sep and layer.isdigit():
            return int(layer), name
        return 0, template

    def layer_of(self, environment: jinja2.Environment, template: str) -> int:
        """The layer a template name resolves to."""
        start, name = self.split(template)
        for index in range(start, len(self.layers)):
            try:
                self.layers[index].get_source(environment, name)
            except jinja2.TemplateNotFound:
                continue
            return index
        raise jinja2.TemplateNotFound(template)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        start, name = self.split(template)
        for layer in self.layers[start:]:
            try:
                return layer.get_source(environment, name)
            except jinja2.TemplateNotFound:
                continue
        raise jinja2.TemplateNotFound(name if start == 0 else f"{name} (below the overlay that extends it)")

    def list_templates(self) -> list[str]:
        return sorted({name for layer in self.layers for name in layer.list_templates()})


class LayeredEnvironment(jinja2.Environment):
    """Resolves a template's reference to its own name to the next layer down."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a dict of their own, not Jinja's ChainMap over the environment's:
        each render, include and import copies them into a new context, and copying a ChainMap key
        by key took a tenth of rendering a large spec's models. The run sets every global before
        it loads a template, as Jinja asks, so a copy misses nothing."""
        return {**self.globals, **(d or {})}

    def join_path(self, template: str, parent: str) -> str:
        loader = self.loader
        if not isinstance(loader, LayeredLoader) or template.startswith(BUILTIN_PREFIX):
            return template
        if loader.split(parent)[1] == template:
            return f"{loader.layer_of(self, parent) + 1}{_LAYER}{template}"
        return template
