"""Project configuration: `clientgen.yaml` or `[tool.clientgen]` in `pyproject.toml`.

Either holds one target (the keys at the top level) or several (`targets`, a list); keys at
the top level next to `targets` are defaults for every target. Keys are spelled like the
command-line flags (`package-name`, not `package_name`). Relative paths are relative to the
folder holding the configuration file.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .errors import ConfigError
from .ir.distribution import checked_name, checked_version
from .settings import Depth, Settings

YAML_NAMES = ("clientgen.yaml", "clientgen.yml")
VALIDATION: tuple[Depth, ...] = ("structural", "full", "none")

# key -> what it must be (for the error message)
TARGET_KEYS: dict[str, str] = {
    "name": "a string",
    "spec": "a path",
    "output": "a path",
    "package-name": "a Python identifier",
    "project-name": "a distribution name",
    "project-version": "a PEP 440 version",
    "templates": "a path or a list of paths",
    "hooks": "a module name or a path to a .py file",
    "validation": "one of " + ", ".join(VALIDATION),
    "allow-outside-refs": "true or false",
    "bump": "true or false",
}
TOP_KEYS = {**TARGET_KEYS, "targets": "a list of targets"}


class Config(NamedTuple):
    """A configuration file and the targets it lists."""

    path: Path
    targets: tuple[Settings, ...]

    def select(self, names: list[str]) -> tuple[Settings, ...]:
        if not names:
            return self.targets
        known = {t.name: t for t in self.targets}
        missing = [n for n in names if n not in known]
        if missing:
            raise ConfigError(f"{self.path}: no target named {missing[0]!r}; the targets are: {', '.join(known) or '(none named)'}")
        return tuple(known[n] for n in names)


def _where(source: str, at: str) -> str:
    return f"{source} {at}" if at else source


def _check_keys(data: Mapping[str, Any], valid: Mapping[str, str], where: str) -> None:
    for key in data:
        if key not in valid:
            import difflib  # only to suggest a name for an unknown key: not every run's import

            close = difflib.get_close_matches(str(key).replace("_", "-"), list(valid), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{where}: unknown key {key!r}{hint}; valid keys: {', '.join(sorted(valid))}")


def _string(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key!r} must be {TARGET_KEYS[key]}, not {value!r}")
    return value


def _target(raw: Mapping[str, Any], base: Path, where: str) -> Settings:
    for key in ("spec", "output"):
        if key not in raw:
            raise ConfigError(f"{where}: missing required key {key!r}")
    paths = {key: base / _string(raw[key], key, where) for key in ("spec", "output")}
    templates = raw.get("templates", [])
    if isinstance(templates, str):
        templates = [templates]
    if not isinstance(templates, list):
        raise ConfigError(f"{where}: 'templates' must be {TARGET_KEYS['templates']}, not {templates!r}")
    strings = {key: _string(raw[key], key, where) if key in raw else None for key in ("name", "package-name", "project-name", "hooks")}
    version = raw.get("project-version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, (str, int, float))):
        raise ConfigError(f"{where}: 'project-version' must be {TARGET_KEYS['project-version']}, not {version!r}")
    package = strings["package-name"]
    if package is not None and not package.isidentifier():
        raise ConfigError(f"{where}: 'package-name' {package!r} is not a valid Python identifier")
    validation = raw.get("validation", "structural")
    if validation not in VALIDATION:
        raise ConfigError(f"{where}: 'validation' must be {TARGET_KEYS['validation']}, not {validation!r}")
    outside, bump = raw.get("allow-outside-refs", False), raw.get("bump", False)
    for key, flag in (("allow-outside-refs", outside), ("bump", bump)):
        if not isinstance(flag, bool):
            raise ConfigError(f"{where}: {key!r} must be true or false, not {flag!r}")
    hooks = strings["hooks"]
    if hooks is not None and (hooks.endswith(".py") or "/" in hooks):
        hooks = str(base / hooks)
    return Settings(
        spec=paths["spec"],
        output=paths["output"],
        name=strings["name"] or "",
        package_name=package,
        project_name=None if strings["project-name"] is None else checked_name(strings["project-name"], f"{where}: 'project-name'"),
        project_version=None if version is None else checked_version(str(version), f"{where}: 'project-version'"),
        templates=tuple(base / _string(t, "templates", where) for t in templates),
        hooks=hooks,
        validation=validation,
        allow_outside_refs=outside,
        bump=bump,
        base_dir=base,
    )


def parse(data: Any, path: Path, section: str = "") -> Config:
    """Validate the raw mapping read from `path` and turn it into targets."""
    source = f"{path}" + (f" [{section}]" if section else "")
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a table of settings, not {type(data).__name__}")
    _check_keys(data, TOP_KEYS, source)
    base = path.parent.resolve()
    defaults = {k: v for k, v in data.items() if k != "targets"}
    raw_targets = data.get("targets")
    if raw_targets is None:
        targets = [_target(defaults, base, source)]
    else:
        if not isinstance(raw_targets, list) or not raw_targets:
            raise ConfigError(f"{source}: 'targets' must be a non-empty list of tables")
        targets = []
        for i, raw in enumerate(raw_targets):
            where = _where(source, f"targets[{i}]")
            if not isinstance(raw, dict):
                raise ConfigError(f"{where}: expected a table of settings, not {type(raw).__name__}")
            _check_keys(raw, TARGET_KEYS, where)
            targets.append(_target({**defaults, **raw}, base, where))
    names = [t.name for t in targets if t.name]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{source}: two targets are named {duplicates[0]!r}")
    return Config(path, tuple(targets))


def read(path: Path) -> Config:
    """Read one configuration file: a clientgen.yaml, or a pyproject.toml's [tool.clientgen]."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    if path.suffix == ".toml":
        try:
            data = _toml(text)
        except ValueError as exc:  # tomllib.TOMLDecodeError
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        section = data.get("tool", {}).get("clientgen")
        if section is None:
            raise ConfigError(f"{path} has no [tool.clientgen] table")
        return parse(section, path, "tool.clientgen")
    import yaml  # here: a run given a spec and --output reads no configuration file

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    return parse(data if data is not None else {}, path)


def _toml(text: str) -> dict[str, Any]:
    """`text` parsed as TOML; its errors are ValueErrors. tomllib is imported here: a run given
    a spec and --output, outside a project with a pyproject.toml, reads no TOML."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib.loads(text)


def _has_section(pyproject: Path) -> bool:
    try:
        data = _toml(pyproject.read_text("utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError and tomllib.TOMLDecodeError are ValueErrors
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "clientgen" in tool


def find(start: Path) -> Path | None:
    """The nearest clientgen.yaml, or pyproject.toml with [tool.clientgen], from `start` up to the repository root."""
    for folder in [start.resolve(), *start.resolve().parents]:
        found = [folder / n for n in YAML_NAMES if (folder / n).is_file()]
        if (folder / "pyproject.toml").is_file() and _has_section(folder / "pyproject.toml"):
            found.append(folder / "pyproject.toml")
        if len(found) > 1:
            raise ConfigError(f"both {found[0]} and {found[1]} configure clientgen; keep one")
        if found:
            return found[0]
        if (folder / ".git").exists():
            break
    return None
