"""The `clientgen` command line: parse arguments, run the pipeline, show errors plainly."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.errors import ClientgenError, ConfigError
from generator.pipeline import Options, generate_files, load_api
from generator.write import previous_outputs, write_output


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clientgen", description="Generate a typed Python client and Markdown docs from an OpenAPI document.")
    parser.add_argument("--version", action="version", version=f"clientgen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="generate a client package and docs")
    gen.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
    gen.add_argument("--output", "-o", type=Path, required=True, help="the output folder")
    gen.add_argument("--package-name", help="import name of the generated package (default: from the title)")
    gen.add_argument("--project-name", help="distribution name (default: the package name with dashes)")
    gen.add_argument("--templates", type=Path, action="append", default=[], help="a folder of templates overriding the built-in ones")
    gen.add_argument("--no-validate", action="store_true", help="skip validation against the OpenAPI standard")
    gen.add_argument("--full-validation", action="store_true", help="also run openapi-spec-validator's slow semantic checks")
    gen.add_argument("--allow-outside-refs", action="store_true", help="allow $ref to files outside the spec's folder")
    gen.add_argument("--force", action="store_true", help="overwrite files that clientgen did not write or that were edited")
    gen.add_argument("--quiet", "-q", action="store_true", help="print only errors")

    val = sub.add_parser("validate", help="check a spec against the OpenAPI standard (full checks)")
    val.add_argument("spec", type=Path)
    val.add_argument("--structural", action="store_true", help="only the fast check against the OpenAPI JSON Schema")
    return parser


def _generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    options = Options(
        package=args.package_name,
        project=args.project_name,
        validation="none" if args.no_validate else "full" if args.full_validation else "structural",
        templates=tuple(args.templates),
        allow_outside_refs=args.allow_outside_refs,
    )
    if args.package_name is not None and not args.package_name.isidentifier():
        raise ConfigError(f"--package-name {args.package_name!r} is not a valid Python identifier")
    api, files, sources = generate_files(args.spec, options, previous_outputs(args.output))
    report = write_output(args.output, files, sources=sources, force=args.force)
    if not args.quiet:
        for warning in api.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        elapsed = time.perf_counter() - started
        print(f"{args.output}: {len(api.operations)} operations, {len(api.models)} models; {report.summary()} ({elapsed:.2f} s)")
    return 0


def _validate(args: argparse.Namespace) -> int:
    api = load_api(args.spec, Options(validation="structural" if args.structural else "full"))
    print(f"{args.spec}: valid OpenAPI {api.openapi_version} ({len(api.operations)} operations)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
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
