"""load -> IR -> render -> format: the whole generator as one function per stage."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .heap import frozen_heap, paused_collections, paused_then_frozen
from .hooks import Hooks, load_hooks
from .ir import names
from .ir.build import build_api
from .ir.component_cache import ComponentCache
from .ir.distribution import checked_name, default_name
from .ir.model import Api
from .ir.operation_cache import OperationCache
from .load import RefResolver, load_document
from .load.document import Document
from .load.swagger2 import upgrade
from .load.validate import Validation, validate
from .settings import Settings

__all__ = ["Generated", "Settings", "build", "generate_files", "load_api"]


def load_api(settings: Settings) -> Api:
    """Read, validate and build the IR for one spec."""
    doc = load_document(settings.spec)
    validate(doc, settings.validation)
    return build(doc, settings)[0]


def surface_api(settings: Settings) -> Api:
    """The IR `clientgen diff` snapshots. Validation only explains a build that fails: the
    builder never trusts the document, and checking all of GitHub's spec would add a fifth to
    the diff's time. A file that is not an OpenAPI document at all is still refused first."""
    doc = load_document(settings.spec)
    validate(doc, "none")  # a mapping with an `openapi` or `swagger` version
    with frozen_heap(), paused_collections():
        try:
            return build(doc, settings, examples=False)[0]  # the snapshot holds no example
        except Exception:
            validate(doc, settings.validation)  # an invalid document explains the failure best
            raise


def build(
    doc: Document,
    settings: Settings,
    *,
    examples: bool = True,
    components: ComponentCache | None = None,
    operations: OperationCache | None = None,
) -> tuple[Api, list[Document]]:
    """The IR of a loaded document (validated or not: the builder never trusts it), and every
    document it read (the root and the files its `$ref`s reach); without example values when
    `examples` is false (an IR that is only compared, never rendered); `components` as for
    `build_api`, and `operations`."""
    spec = doc.path
    swagger2 = doc.data.get("swagger") == "2.0"
    if swagger2:  # the IR builder reads OpenAPI 3.0; validation above saw the 2.0 original
        doc.swagger2, doc.data = doc.data, upgrade(doc.data)
    title = str((doc.data.get("info") or {}).get("title") or spec.stem) if isinstance(doc.data.get("info"), dict) else spec.stem
    package = settings.package_name or names.safe(names.snake(title + " client"))
    project = checked_name(settings.project_name, "the project name") if settings.project_name else default_name(package)
    resolver = RefResolver(doc, allow_outside=settings.allow_outside_refs, swagger2=swagger2)
    api = build_api(doc.data, resolver, settings, package=package, project=project, examples=examples, components=components, operations=operations)
    return api, list(resolver.documents.values())


@dataclass
class Generated:
    """Everything the output folder should contain, and what it was made from."""

    api: Api
    files: dict[str, str]  # relative path -> text
    sources: dict[str, str]  # path -> hash of the text black formatted (see `format.source_hash`)
    spec_files: dict[Path, str]  # every spec file read -> sha256 of its bytes
    keys: dict[str, str]  # path -> the key a later run may reuse its text under (see `render.reuse`)
    reused: frozenset[str]  # files whose text came from `reuse` (as on disk: see `state.reusable`)
    cli_rows: tuple[str | None, ...] = ()  # what the CLI's rows were made from (see `render.cli_view.CliRows`)


def generate_files(
    settings: Settings,
    previous: dict[str, tuple[str, str]] | None = None,
    step: Callable[[str], None] = lambda _: None,
    reuse: Mapping[str, tuple[str, str]] | None = None,
    version: Callable[[Api], str] | None = None,
    components: ComponentCache | None = None,
    operations: OperationCache | None = None,
    cli_rows: Sequence[str | None] = (),
) -> Generated:
    """Load, build, render and format one spec.

    `previous` is what the last run left on disk (see `state.previous_outputs`), `reuse` the
    texts it rendered with their keys (see `render.reuse`); `step` is told when each stage
    starts (see `progress.Progress`); `version`, when given, decides the project version from
    the IR (`--bump`: see `surface.track`); `components` holds the last run's component models
    (see `ir.component_cache`), `operations` its operations (see `ir.operation_cache`);
    `cli_rows` is the last run's `Generated.cli_rows`, for its `_cli.py` in `reuse`.
    """
    step("load")
    hooks = load_hooks(settings.hooks, settings.base_dir)
    with frozen_heap():
        with paused_then_frozen():  # the spec: millions of objects, alive until the end
            doc = load_document(settings.spec)
        return _generate(doc, settings, hooks, previous, step, reuse, version, components, operations, cli_rows)


def _generate(
    doc: Document,
    settings: Settings,
    hooks: Hooks,
    previous: dict[str, tuple[str, str]] | None,
    step: Callable[[str], None],
    reuse: Mapping[str, tuple[str, str]] | None,
    version: Callable[[Api], str] | None = None,
    components: ComponentCache | None = None,
    operations: OperationCache | None = None,
    cli_rows: Sequence[str | None] = (),
) -> Generated:
    validation = Validation(doc, settings.validation)  # in parallel with the IR build, the rendering and black
    try:
        try:
            with paused_then_frozen():  # the IR too
                api, documents = build(doc, settings, components=components, operations=operations)
            from .format import format_files  # here: black and Jinja take a fifth of a second to
            from .render import render_api  # import, and `clientgen diff` needs only the IR

            api = hooks.apply(api)
            if version is not None:  # --bump: the version the API's changes call for
                api = replace(api, distribution=replace(api.distribution, version=version(api)))
            step("render")
            known = {**(components.digests if components else {}), **(operations.digests if operations else {})}
            rendered = render_api(api, settings.templates, filters=hooks.filters, reuse=reuse, known=known, cli_rows=cli_rows)
            step(f"format {len(rendered.files)} files")
            files, sources = format_files(rendered.files, previous, laid_out=rendered.laid_out)
        except Exception:
            validation.check()  # when the document is invalid, that explains the failure best
            raise
        # an invalid document stops here, before anything is written or compared: on a typical spec,
        # importing the validator alone takes longer than building and rendering, so both overlap it
        validation.check()
    finally:
        validation.close()
    return Generated(api, files, sources, {d.path: d.digest for d in documents}, rendered.keys, rendered.reused, rendered.cli_rows)
