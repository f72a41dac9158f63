"""The `clientgen` command line: parse arguments, run the pipeline, show errors plainly."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ClientgenError, ConfigError
from .settings import Settings

if TYPE_CHECKING:  # each command imports what it runs: `diff` and `validate` need no configuration, writer or state
    from .run import Mode, Outcome


class _Version(argparse.Action):
    """`--version`, which reads the toolchain's versions only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the versions of clientgen and its toolchain, and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object, option_string: str | None = None) -> None:
        from .toolchain import describe, toolchain

        sys.stdout.write(describe(toolchain()) + "\n")
        parser.exit()


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout at the width argparse would choose, found without importing shutil:
    argparse makes a formatter for every argument it adds, and shutil (with zlib, bz2 and lzma)
    took 1.4 ms of every run."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)  # argparse keeps two columns free


@functools.cache
def _terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`: $COLUMNS if positive, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        return (os.get_terminal_size(stdout.fileno()).columns if stdout else 0) or 80
    except (ValueError, OSError):  # not a terminal
        return 80


class _Parser(argparse.ArgumentParser):
    """An argument parser, and its subcommands' parsers, with `_Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clientgen", description="Generate a typed Python client and Markdown docs from an OpenAPI document.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser(
        "generate",
        help="generate a client package and docs",
        description="Generate from SPEC into --output, or, with no SPEC, every target of the configuration "
        "(clientgen.yaml, or [tool.clientgen] in pyproject.toml). Flags override the configuration.",
    )
    gen.add_argument("spec", type=Path, nargs="?", help="the OpenAPI document (YAML or JSON); default: the configured targets")
    gen.add_argument("--output", "-o", type=Path, help="the output folder")
    gen.add_argument("--package-name", help="import name of the generated package (default: from the title)")
    gen.add_argument("--project-name", help="distribution name (default: the package name with dashes)")
    gen.add_argument("--project-version", help="distribution version (default: the API's version)")
    gen.add_argument("--templates", type=Path, action="append", default=[], help="a folder of templates overriding the built-in ones")
    gen.add_argument("--hooks", help="a Python module (or .py file) with custom Jinja FILTERS and a process_api(api) IR hook")
    gen.add_argument("--no-validate", action="store_true", help="skip validation against the OpenAPI standard")
    gen.add_argument("--full-validation", action="store_true", help="also run openapi-spec-validator's slow semantic checks")
    gen.add_argument("--allow-outside-refs", action="store_true", help="allow $ref to files outside the spec's folder")
    gen.add_argument("--config", type=Path, help="the configuration file (default: clientgen.yaml or pyproject.toml, searched upwards)")
    gen.add_argument("--target", action="append", default=[], help="run only this configured target (repeatable)")
    gen.add_argument("--force", action="store_true", help="overwrite files that clientgen did not write or that were edited")
    mode = gen.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="write nothing; exit 1 if the output is not what would be generated")
    mode.add_argument("--dry-run", action="store_true", help="write nothing; show what would be added, changed and removed")
    mode.add_argument("--fail-on-change", action="store_true", help="write, then exit 1 if anything changed (for pre-commit)")
    gen.add_argument("--diff", action="store_true", help="with --check or --dry-run: print a unified diff")
    gen.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when the API changed in a way that breaks users' code")
    gen.add_argument("--bump", action="store_true", help="set the project version to the next semantic version the API's changes call for")
    loud = gen.add_mutually_exclusive_group()
    loud.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    loud.add_argument("--verbose", "-v", action="store_true", help="list every file and time every stage")

    dif = sub.add_parser("diff", help="compare two versions of a spec: what changed for the SDK's users")
    dif.add_argument("old", type=Path, help="the old spec, or a snapshot (.clientgen/api.json of a generated SDK)")
    dif.add_argument("new", type=Path, help="the new spec (or snapshot)")
    dif.add_argument("--format", choices=("markdown", "json"), default="markdown", help="the report's format (default: markdown)")
    dif.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")

    val = sub.add_parser("validate", help="check a spec against the OpenAPI standard (full checks)")
    val.add_argument("spec", type=Path)
    val.add_argument("--structural", action="store_true", help="only the fast check against the OpenAPI JSON Schema")

    tpl = sub.add_parser("templates", help="list the built-in templates or copy them out to customise")
    tsub = tpl.add_subparsers(dest="templates_command", required=True)
    tlist = tsub.add_parser("list", help="print the built-in template names")
    tlist.add_argument("--blocks", action="store_true", help="also print the {% block %} names each one defines")
    texport = tsub.add_parser("export", help="copy built-in templates into DIR (all, or those matching NAMES)")
    texport.add_argument("dir", type=Path)
    texport.add_argument("names", nargs="*", help="template names, folders (docs/) or globs (*.md.j2)")
    texport.add_argument("--force", action="store_true", help="overwrite templates already in DIR")
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    """The generate flags that were given, as `Settings` fields."""
    from .ir.distribution import checked_name, checked_version

    given: dict[str, object] = {}
    for flag in ("output", "package_name", "project_name", "project_version", "hooks"):
        if getattr(args, flag) is not None:
            given[flag] = getattr(args, flag)
    if args.project_name is not None:
        given["project_name"] = checked_name(args.project_name, "--project-name")
    if args.project_version is not None:
        given["project_version"] = checked_version(args.project_version, "--project-version")
    if args.hooks is not None:
        given["base_dir"] = Path.cwd()
    if args.templates:
        given["templates"] = tuple(args.templates)
    if args.no_validate or args.full_validation:
        given["validation"] = "none" if args.no_validate else "full"
    for flag in ("allow_outside_refs", "bump"):
        if getattr(args, flag):
            given[flag] = True
    return given


def _targets(args: argparse.Namespace) -> tuple[Settings, ...]:
    from . import config

    given = _overrides(args)
    if args.package_name is not None and not args.package_name.isidentifier():
        raise ConfigError(f"--package-name {args.package_name!r} is not a valid Python identifier")
    if args.spec is not None and args.output is not None and not args.target and args.config is None:
        return (replace(Settings(spec=args.spec, output=args.output), **given),)  # type: ignore[arg-type]
    path = args.config or config.find(Path.cwd())
    if path is None:
        raise ConfigError(
            "nothing to generate: give a spec and --output, or configure targets in clientgen.yaml or "
            "[tool.clientgen] in pyproject.toml (see the README's Configuration section)"
        )
    loaded = config.read(path)
    targets = loaded.select(args.target)
    if args.spec is not None:
        wanted = args.spec.resolve()
        targets = tuple(t for t in targets if t.spec.resolve() == wanted)
        if not targets:
            raise ConfigError(f"{path}: no target generates from {args.spec}; pass --output to generate it anyway")
    single = [f"--{k.replace('_', '-')}" for k in ("output", "package_name", "project_name") if k in given]
    if single and len(targets) > 1:
        raise ConfigError(f"{single[0]} applies to one target, but {len(targets)} are selected; choose one with --target")
    here = [replace(t, spec=_near(t.spec), output=t.output and _near(t.output), templates=tuple(map(_near, t.templates))) for t in targets]
    return tuple(replace(t, **given) for t in here)  # type: ignore[arg-type]


def _near(path: Path) -> Path:
    """A configured (absolute) path, relative to the current folder when inside it, so messages stay short."""
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) if path.is_absolute() else str(path)
    except ValueError:
        return str(path)


def _show(outcome: Outcome, mode: Mode, args: argparse.Namespace) -> None:
    from .run import change_lines

    report = outcome.report
    where = _shown(outcome.output)
    if mode == "check" and report.stale:
        counts = f"{len(report.added)} to add, {len(report.changed)} to change, {len(report.removed)} to remove"
        print(f"{where}: out of date ({counts}); run `clientgen generate` to update it:")
        print("\n".join(change_lines(report, verbose=args.verbose)))
        if outcome.toolchain_note:
            print(f"note: a different toolchain may be why: {outcome.toolchain_note}")
    elif not args.quiet:
        for warning in outcome.summary.warnings:
            print(warning.render(), file=sys.stderr)
        stats = f"{outcome.summary.operations} operations, {outcome.summary.models} models"
        if mode == "check":
            print(f"{where}: up to date ({stats}; {report.summary()}) ({outcome.elapsed:.2f} s)")
        else:
            would = "would be: " if mode == "dry-run" else ""
            print(f"{where}: {stats}; {would}{report.summary()} ({outcome.elapsed:.2f} s)")
            lines = change_lines(report, verbose=args.verbose)
            if lines and (mode == "dry-run" or args.verbose):
                print("\n".join(lines))
    if outcome.api is not None and not args.quiet:
        from .surface.track import api_lines  # loaded with the generator: the API changed or may have

        print("\n".join([outcome.api.summary()] + api_lines(outcome.api, verbose=args.verbose)))
    if outcome.diff:
        sys.stdout.write(outcome.diff)


def _generate(args: argparse.Namespace) -> int:
    if args.diff and not (args.check or args.dry_run):
        raise ConfigError("--diff needs --check or --dry-run")
    from .progress import Progress
    from .run import output_of, run_target

    mode: Mode = "check" if args.check else "dry-run" if args.dry_run else "write"
    status = 0
    for target in _targets(args):
        output = output_of(target)
        progress = Progress.for_terminal(target.name or _shown(output), quiet=args.quiet, verbose=args.verbose)
        outcome = run_target(target, mode=mode, force=args.force, diff=args.diff, progress=progress)
        _show(outcome, mode, args)
        if args.fail_on_breaking and outcome.api is not None and outcome.api.changes.breaking:
            status = 1
            print(f"clientgen: {_shown(output)}: {len(outcome.api.changes.breaking)} breaking API change(s) (--fail-on-breaking)", file=sys.stderr)
        if outcome.report.stale and (mode == "check" or args.fail_on_change):
            status = 1
            if args.fail_on_change:
                print(
                    f"clientgen: {_shown(output)} was out of date and has been regenerated "
                    f"({outcome.report.summary()}{'; ' + outcome.api.summary() if outcome.api else ''}). Review the changes, stage them (git add {_shown(output)}) and commit again.",
                    file=sys.stderr,
                )
    return status


def _templates(args: argparse.Namespace) -> int:
    from .render import catalog

    if args.templates_command == "list":
        for name in catalog.builtin_names():
            blocks = catalog.blocks(name) if args.blocks else []
            print(f"{name}" + (f"  blocks: {', '.join(blocks)}" if blocks else ""))
        return 0
    names = catalog.export(args.dir, args.names, force=args.force)
    print(f"exported {len(names)} template(s) to {args.dir}; pass it to --templates (or `templates` in the configuration) and edit them")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .surface import report

    found = report.diff(args.old, args.new, Settings(spec=args.new))
    sys.stdout.write(report.render(found, args.format))
    return 1 if args.fail_on_breaking and found.changes.breaking else 0


def _validate(args: argparse.Namespace) -> int:
    from .pipeline import load_api

    api = load_api(Settings(spec=args.spec, validation="structural" if args.structural else "full"))
    print(f"{args.spec}: valid OpenAPI {api.openapi_version} ({len(api.operations)} operations)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The command line's exit status; `argv` None means this process's own command line (the
    `clientgen` script, `python -m clientgen`), which ends when this returns."""
    if argv is None:
        from .heap import for_a_short_process

        for_a_short_process()
    try:
        return _main(argv)
    finally:
        if argv is None:
            from .heap import left_for_exit

            left_for_exit()


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        if args.command == "templates":
            return _templates(args)
        if args.command == "diff":
            return _diff(args)
        return _validate(args)
    except ClientgenError as exc:
        print(exc.render(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except RecursionError:
        print("error: the spec is nested too deeply to process", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: say so in one line, with how to get details
        print(f"internal error: {type(exc).__name__}: {exc} (set CLIENTGEN_DEBUG=1 for a traceback)", file=sys.stderr)
        import os

        if os.environ.get("CLIENTGEN_DEBUG"):
            raise
        return 1
