"""The versions that shape the output: clientgen's own, and those of black and Jinja, which lay
out and render it. The manifest records them, `--version` shows them, and the early exit keys on them."""

from __future__ import annotations

from functools import cache

from . import __version__


@cache
def toolchain() -> dict[str, str]:
    # each package's own version constant: importlib.metadata would cost every run ~40 ms to import
    import jinja2
    from _black_version import version as black_version  # black's __version__, without importing black

    return {"clientgen": __version__, "black": black_version, "jinja2": jinja2.__version__}


def describe(tools: dict[str, str]) -> str:
    """`clientgen 0.1.0 (black 26.10.1, Jinja2 3.1.6)`, for what is known of `tools`."""
    parts = [f"{name} {tools[key]}" for key, name in (("black", "black"), ("jinja2", "Jinja2")) if key in tools]
    return f"clientgen {tools.get('clientgen', '?')}" + (f" ({', '.join(parts)})" if parts else "")


def differences(recorded: dict[str, str] | None) -> str | None:
    """What differs between the toolchain that wrote an output folder and this one, in words; None if nothing does.
    A folder written before the manifest recorded it says so."""
    current = toolchain()
    if recorded is None:
        return f"its manifest does not say which toolchain wrote it; this is {describe(current)}"
    changed = [f"{name} {recorded.get(name, '?')} wrote it, this is {name} {current[name]}" for name in current if recorded.get(name) != current[name]]
    return "; ".join(changed) or None
