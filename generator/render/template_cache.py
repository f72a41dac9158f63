"""Compiled templates kept between runs: Jinja's own bytecode cache, in the user's cache folder.

Compiling every template took about a third of a run on a typical spec. Jinja's
`FileSystemBytecodeCache` stores each template's compiled code under a key of its name and
file, and reuses it while the source text is the same (an edited overlay is compiled again).

Compiled code depends on more than the source, so the key also holds a fingerprint of all
else it depends on: the Jinja and Python versions, the environment's syntax options, the
filters and tests (their names and how they are called) and clientgen's own source (Jinja
folds a filter applied to a constant into the compiled code). A run with a hook's filters uses
no cache: their code, and what it calls, may change between runs unseen.

The cache never decides output: a missing, unreadable, unwritable or damaged cache only means
compiling again. Entries are written to a temporary file and renamed, so concurrent runs are safe.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from ..fingerprint import code_digest


def cache_folder() -> Path:
    """Where compiled templates go: `$XDG_CACHE_HOME/clientgen/templates`, or under ~/.cache when
    that is unset or relative (as the XDG spec says)."""
    root = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(root):
        root = os.path.expanduser(os.path.join("~", ".cache"))
    return Path(root) / "clientgen" / "templates"


def template_cache() -> jinja2.BytecodeCache | None:
    """The cache for this run, or None where its folder cannot be made."""
    folder = cache_folder()
    if not folder.is_absolute():  # no home folder to expand `~` to
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _Cache(str(folder), "%s.j2c")


def fingerprint(env: jinja2.Environment) -> str:
    """Everything besides a template's source that its compiled code depends on."""
    options = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        _pass_arg(env.finalize),
        sorted(env.extensions),
        type(env).__qualname__,
        env.code_generator_class.__qualname__,
        env.undefined.__qualname__,
    )
    callables = [(kind, name, _pass_arg(func)) for kind, table in (("filter", env.filters), ("test", env.tests)) for name, func in table.items()]
    text = repr((jinja2.__version__, sys.implementation.cache_tag, options, sorted(callables, key=repr), code_digest()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _pass_arg(func: object) -> str:
    """What Jinja passes a filter first (`@pass_context` and the like), as compiled code does."""
    return repr(getattr(func, "jinja_pass_arg", None))


class _Cache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, keyed by the environment's fingerprint too, and never failing a run."""

    _last: tuple[tuple[object, ...], str] | None = None  # (what the fingerprint was made of, it)

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        return super().get_bucket(environment, f"{self._fingerprint(environment)}|{name}", filename, source)

    def _fingerprint(self, env: jinja2.Environment) -> str:
        """`fingerprint(env)`, made again only when the environment or its filters or tests change."""
        made_of = (env, env.finalize, *env.filters.items(), None, *env.tests.items())  # holds them: no id is reused
        if self._last is None or self._last[0] != made_of:
            self._last = (made_of, fingerprint(env))
        return self._last[1]

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged or unreadable entry: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # a read-only or vanished folder, a full disk: the run goes on uncached
            pass
