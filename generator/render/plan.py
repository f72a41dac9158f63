"""Which template renders which IR object to which output path."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

import jinja2

from ..errors import TemplateError
from ..ir.digest import Known
from ..ir.model import Api
from ..settings import BUILTIN_TEMPLATES
from .cli_table import cli_operation
from .cli_view import CliRows, cli_module
from .client_view import client_module
from .docs_view import (
    environment_names,
    example_call_args,
    headers_cell,
    payload_cell,
    scheme_lines,
    security_links,
    twins,
    variant_rows,
)
from .endpoints import endpoint, endpoint_names, endpoint_variants
from .filters import FILTERS
from .group_view import group_classes, group_endpoints
from .import_blocks import module_order, sorted_imports, tidy_imports
from .imports import (
    group_imports,
    group_models,
    inherited_only,
    later_imports,
    model_imports,
    std_imports,
)
from .layout import Layout
from .loader import LayeredEnvironment, LayeredLoader
from .model_view import field_annotation, import_cycles
from .project_view import author_table
from .reuse import UnitKeys, shared_digest, tidy_key
from .split import render_split
from .template_cache import template_cache
from .testcases import group_tests, test_credentials
from .verbatim import builtin_names as runtime_names
from .verbatim import source as runtime_source

LAYOUT_MARKER = "{# layout: black #}"  # first line of a template whose output black leaves as it is


def _black_ready() -> frozenset[str]:
    """Built-in Python templates whose output is already black's: plain Python files, and
    templates marked with LAYOUT_MARKER (tests/test_format.py holds both to it)."""
    found = set()
    for path in BUILTIN_TEMPLATES.rglob("*.py.j2"):
        text = path.read_text("utf-8")
        if text.startswith(LAYOUT_MARKER + "\n") or not any(t in text for t in ("{{", "{%", "{#")):
            found.add(path.relative_to(BUILTIN_TEMPLATES).as_posix())
    return frozenset(found)


BLACK_READY = _black_ready()
# built-in templates that write exactly the imports their module uses, sorted as `tidy_imports`
# would (tests/test_imports_ready.py): their modules skip it, which parses the whole module
IMPORTS_READY = frozenset(
    {
        "client/package/models/model.py.j2",
        "client/package/api/group.py.j2",
        "client/tests/test_group.py.j2",
        "client/package/_cli.py.j2",
        "client/package/__init__.py.j2",
        "client/package/api/__init__.py.j2",
        "client/package/models/__init__.py.j2",
        "client/package/__main__.py.j2",
        "client/package/_version.py.j2",
        "client/tests/conftest.py.j2",
        "client/tests/test_sdk.py.j2",
    }
)
# built-in templates of the whole API that read nothing of the IR but what `reuse.shared_digest`
# digests (the API's settings, every model's and group's name and module): keyed by it, a run
# whose shared digest is the last run's keeps their text unrendered (tests/test_reuse.py)
SHARED_ONLY = frozenset({"client/package/models/__init__.py.j2"})
_CLI = "client/package/_cli.py.j2"


def _template_frame(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost template (file, line) of a render-time traceback (Jinja rewrites its frames)."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def environment(overlays: Sequence[Path] = (), filters: Mapping[str, Callable[..., Any]] | None = None) -> jinja2.Environment:
    """One environment per run: user template folders first, then the built-in ones."""
    env = LayeredEnvironment(
        loader=LayeredLoader([*overlays, BUILTIN_TEMPLATES]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - output is Python and Markdown; filters escape explicitly
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=None if filters else template_cache(),  # a hook's filters may change unseen
    )
    env.filters.update(FILTERS)
    env.filters.update(filters or {})
    env.globals["cli_operation"] = cli_operation
    # no built-in template uses these now (Python computes imports); overlays exported from an
    # earlier clientgen still call them
    env.tests["startingwith"] = lambda value, prefix: str(value).startswith(prefix)
    env.globals["std_imports"] = std_imports
    env.globals["inherited_only"] = inherited_only
    return env


def plan(api: Api, cycles: Mapping[str, frozenset[str]]) -> Iterator[tuple[str, str, dict[str, object]]]:
    """(template name, output path, context) for every file of the generated project; `cycles` is
    `import_cycles(api.models)`. The runtime modules' names (`client/package/_runtime.py`, ...) are
    copied, not rendered (see `verbatim`)."""
    pkg = api.package
    yield "client/pyproject.toml.j2", "pyproject.toml", {}
    yield "docs/README.md.j2", "README.md", {}
    yield "client/package/__init__.py.j2", f"{pkg}/__init__.py", {}
    yield "client/package/py.typed.j2", f"{pkg}/py.typed", {}
    yield "client/package/_client.py.j2", f"{pkg}/_client.py", {}
    yield "client/package/__main__.py.j2", f"{pkg}/__main__.py", {}
    yield "client/package/_cli.py.j2", f"{pkg}/_cli.py", {}
    yield "client/package/_version.py.j2", f"{pkg}/_version.py", {}
    for name in runtime_names():  # copied as they are (generator/render/verbatim.py)
        yield name, pkg + name.removeprefix("client/package"), {}
    yield "client/package/api/__init__.py.j2", f"{pkg}/api/__init__.py", {}
    for group in api.groups:
        yield "client/package/api/group.py.j2", f"{pkg}/api/{group.module}.py", {"group": group}
        yield "docs/api.md.j2", f"docs/{group.class_name}.md", {"group": group}
    yield "client/package/models/__init__.py.j2", f"{pkg}/models/__init__.py", {}
    for model in api.models:
        # a model's module depends on the import cycle it is on too (see model_view): in the context,
        # so that `reuse` keys the file by it
        cyclic = tuple(sorted(cycles.get(model.name, ())))
        yield "client/package/models/model.py.j2", f"{pkg}/models/{model.module}.py", {"model": model, "cyclic": cyclic}
        yield "docs/model.md.j2", f"docs/{model.name}.md", {"model": model}
    yield "client/tests/conftest.py.j2", "tests/conftest.py", {}
    yield "client/tests/test_sdk.py.j2", "tests/test_sdk.py", {}
    for group in api.groups:
        yield "client/tests/test_group.py.j2", f"tests/test_{group.module}.py", {"group": group}


def stream_example(api: Api) -> str:
    """The README's server-sent events example: the first operation that streams, called with its
    example arguments (its `_stream` variant, without the argument that variant sets)."""
    for group in api.groups:
        for op in group.operations:
            if op.stream_method is None and op.return_kind != "sse":
                continue
            method = op.stream_method or op.py_name
            skip = op.event_stream.field_arg if op.stream_method and op.event_stream else None
            args = [f"{name}={src}" if name else src for name, src in op.example_args if name != skip]
            return f"client.{group.attr_name}.{method}({', '.join(args)})"
    return ""


def _lookups(api: Api, cycles: Mapping[str, frozenset[str]]) -> dict[str, object]:
    """Template helpers answering questions about the IR (never about the raw spec)."""
    modules = {m.name: m.module for m in api.models}
    none: frozenset[str] = frozenset()

    return {
        "group_models": group_models,  # for overlays exported from an earlier clientgen
        "models_by_module": sorted(api.models, key=lambda m: module_order(m.module)),  # as the models' imports sort
        "group_imports": lambda group: sorted_imports(group_imports(group, modules.__getitem__), api.package),
        "model_imports": lambda model: sorted_imports(model_imports(model, modules.__getitem__, cycles.get(model.name, none)), api.package),
        "later_imports": lambda model: sorted_imports(later_imports(model, modules.__getitem__, cycles.get(model.name, none)), api.package),
        "field_annotation": lambda model, field: field_annotation(field, cycles.get(model.name, none)),
        "endpoint_names": endpoint_names,
        "endpoint": endpoint,
        "endpoint_variants": endpoint_variants,
        "group_classes": group_classes,
        "cli_module": cli_module,
        "client_module": client_module,
        "variant_rows": variant_rows,
        "example_call_args": example_call_args,
        "security_links": security_links,
        "headers_cell": headers_cell,
        "payload_cell": payload_cell,
        "twins": twins,
        "scheme_lines": scheme_lines,
        "author_table": author_table,
        "base_url_env": api.base_url_env,
        "environment_names": environment_names(api),
        "group_endpoints": group_endpoints,
        "stream_example": stream_example(api),
        "model_module": modules.__getitem__,
        "group_tests": lambda group: group_tests(api, group, modules.__getitem__),
        "test_credentials": test_credentials(api),
    }


class Rendered(NamedTuple):
    """The rendered files, and what a later run may reuse of them."""

    files: dict[str, str]  # path relative to the output folder -> text
    laid_out: frozenset[str]  # paths whose text black would leave unchanged (see BLACK_READY)
    keys: dict[str, str]  # path -> its `reuse.UnitKeys` key, for files whose text is final as rendered
    reused: frozenset[str] = frozenset()  # files whose text came from `reuse`, not a template
    cli_rows: tuple[str | None, ...] = ()  # what the CLI's rows were made from (see `cli_view.CliRows`)


def render_api(
    api: Api,
    overlays: Sequence[Path] = (),
    *,
    filters: Mapping[str, Callable[..., Any]] | None = None,
    reuse: Mapping[str, tuple[str, str]] | None = None,
    known: Known | None = None,
    cli_rows: Sequence[str | None] = (),
) -> Rendered:
    """Render every output file. `reuse` maps a path to (key, text) from the last run: a file
    whose key is the same again keeps that text (see `generator.render.reuse`); `known` holds
    digests of IR objects made already (see `reuse.UnitKeys`); `cli_rows` is the last run's
    `Rendered.cli_rows`, for its `_cli.py` in `reuse`.

    With many files and fork available, a forked process renders every other file."""
    env = environment(overlays, filters)
    cycles = import_cycles(api.models)
    env.globals.update(_lookups(api, cycles))
    env.globals["project_version"] = api.distribution.version  # the name templates used before the IR had it
    loader = env.loader
    assert isinstance(loader, LayeredLoader)
    builtin_layer = len(loader.layers) - 1
    # a user's filter may write anything, and an overlay replaces the built-in layout
    ready = frozenset(t for t in BLACK_READY if not filters and loader.layer_of(env, t) == builtin_layer)
    keyer = UnitKeys(shared_digest(api), known)
    cli_path = f"{api.package}/_cli.py"
    last_cli = (reuse or {}).get(cli_path) if _CLI in ready else None  # rows cut from the built-in template's text only
    rows = CliRows(api, known or {}, last_cli[1] if last_cli is not None else None, cli_rows)
    env.globals["cli_module"] = lambda api: cli_module(api, rows)
    jobs: list[_Job] = []
    copied: dict[str, str] = {}  # the runtime modules' text, as it is
    laid_out: set[str] = set()
    order: list[str] = []
    runtime = frozenset(runtime_names())
    for template, path, context in plan(api, cycles):
        order.append(path)
        if template in runtime:
            found = runtime_source(template, overlays)
            if found.builtin:
                laid_out.add(path)
            if found.template is None:
                copied[path] = found.text
                continue
            template = found.template
        # only text that nothing rewrites after rendering (black, user filters) can be reused
        final = not filters and (template in ready or not path.endswith(".py"))
        key = keyer.shared_key(template) if template in SHARED_ONLY and template in ready else keyer.key(template, context) if final else None
        jobs.append(_Job(template, path, context, key, final))
    reuse = reuse or {}
    kept: dict[str, str] = {}  # files whose key is the last run's: they keep its text
    for job in jobs:
        previous = reuse.get(job.path)
        if job.key is not None and previous is not None and previous[0] == job.key:
            kept[job.path] = previous[1]
    tidy_free = IMPORTS_READY & ready
    done = render_split(lambda share: _render_jobs(env, api, share, reuse, tidy_free), [job for job in jobs if job.path not in kept])
    texts = {path: text for path, (text, _, _) in done.items()}
    texts.update(kept)
    texts.update(copied)
    keys = {job.path: job.key for job in jobs if job.key is not None}
    keys.update((path, key) for path, (_, key, _) in done.items() if key is not None)
    kept.update((path, text) for path, (text, _, same) in done.items() if same)
    laid_out.update(job.path for job in jobs if job.template in ready)
    return Rendered({path: texts[path] for path in order}, frozenset(laid_out), keys, frozenset(kept), tuple(rows.found))


class _Job(NamedTuple):
    """One file to render: its template, its context, and the key a later run may reuse it under."""

    template: str
    path: str
    context: dict[str, object]
    key: str | None  # see generator/render/reuse.py; None: always render
    final: bool  # its text is final once rendered (nothing rewrites it: see `render_api`)


def _unfoldable(fit: Callable[..., str]) -> Callable[..., str]:
    """`fit` as a filter Jinja never calls while compiling (it folds filters of constants into the
    compiled code): its slots belong to one run, and compiled code is cached across runs."""

    @jinja2.pass_context
    def filter_(_: jinja2.runtime.Context, block: str, kind: str = "statement") -> str:
        return fit(block, kind)

    return filter_


def _render_jobs(
    env: jinja2.Environment, api: Api, jobs: Sequence[_Job], reuse: Mapping[str, tuple[str, str]], tidy_free: frozenset[str]
) -> dict[str, tuple[str, str | None, bool]]:
    """{path: (text, the key it gets once rendered or None, whether that text is the last run's)}
    for each job (see `_tidied`); templates in `tidy_free` write their imports tidy already."""
    layout = Layout()
    env.filters["fit"] = _unfoldable(layout.fit)
    out: dict[str, str] = {}
    for job in jobs:
        template, path, context = job.template, job.path, job.context
        try:
            out[path] = env.get_template(template).render(api=api, **context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(exc.message or "syntax error", exc.filename or exc.name, exc.lineno) from None
        except jinja2.TemplateError as exc:
            name, line = _template_frame(exc.__traceback__)
            raise TemplateError(str(exc), name or template, line) from None
        except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError) as exc:  # e.g. in a user's filter
            name, line = _template_frame(exc.__traceback__)
            raise TemplateError(f"{type(exc).__name__}: {exc}", name or template, line) from None
    layout.resolve(out)
    return {job.path: _tidied(job, out[job.path], api.package, reuse, tidy_free) for job in jobs}


def _tidied(
    job: _Job, text: str, package: str, reuse: Mapping[str, tuple[str, str]], tidy_free: frozenset[str]
) -> tuple[str, str | None, bool]:
    """A rendered file with its imports tidied (unless its template writes them tidy), as
    `_render_jobs` gives it: a final Python file of the whole API keeps the last run's text when
    its rendered text is the same again."""
    if not job.path.endswith(".py"):
        return text, None, False
    key = tidy_key(package, text) if job.key is None and job.final else None
    previous = reuse.get(job.path) if key is not None else None
    if previous is not None and previous[0] == key:
        return previous[1], key, True
    return (text if job.template in tidy_free else tidy_imports(text, package)), key, False
