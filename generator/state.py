"""What the last run left in the output folder, and the files that record it.

`.clientgen/manifest` (shared, committed) lists every file a run wrote with its hash, and the
toolchain that wrote them; `.clientgen/state` (this machine's) records the run's inputs and the
key each file was rendered under, so that an unchanged run can stop early and a changed one can
reuse files. `.clientgenignore` names files that belong to the user. Writes here are atomic.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import itertools
import json
import os
import stat
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from .errors import Diagnostic, OutputError
from .toolchain import toolchain

MANIFEST = ".clientgen/manifest"
STATE = ".clientgen/state"  # this machine's record of the last run's inputs (see save_state)
IGNORE_FILE = ".clientgenignore"
TMP_SUFFIX = ".clientgen-tmp"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


MAX_NAME_BYTES = 255  # per path component, on every common file system


def safe_relpath(rel: str) -> PurePosixPath:
    """Refuse any path that could leave the output folder."""
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or "\x00" in rel or "\\" in rel or not p.parts:
        raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    long = next((part for part in p.parts if len(part.encode()) > MAX_NAME_BYTES), None)
    if long is not None:  # a schema or tag name of the spec, most likely
        raise OutputError(
            f"cannot write {long[:40]}...: a file name of {len(long.encode())} bytes (the limit is {MAX_NAME_BYTES}); "
            "shorten the schema or tag name it comes from"
        )
    return p


def checked_relpath(rel: str) -> str:
    """`rel` if it is a safe path (see `safe_relpath`): at once for a plain one (short ASCII, relative,
    without `..`, backslash or NUL: every path clientgen writes, thousands a run), else as
    `safe_relpath` decides."""
    plain = rel.isascii() and len(rel) <= MAX_NAME_BYTES and rel.strip("./") and rel[0] != "/" and ".." not in rel
    if not plain or "\\" in rel or "\x00" in rel:
        safe_relpath(rel)
    return rel


def manifest_data(out: Path) -> dict[str, Any]:
    path = out / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("files", {}), dict):
            raise ValueError
        return data
    except ValueError:
        raise OutputError(f"{path} is damaged; delete it to regenerate from scratch") from None


class Summary(NamedTuple):
    """What a run reports besides its files; kept in the state for a run that stops early."""

    operations: int
    models: int
    warnings: tuple[Diagnostic, ...] = ()
    ignored: tuple[str, ...] = ()  # generated files that .clientgenignore kept from being written

    def to_json(self) -> dict[str, Any]:
        return {**self._asdict(), "warnings": [w.to_json() for w in self.warnings]}


class Recorded(NamedTuple):
    """What the last complete run recorded besides the files: see `recorded` and `save_state`."""

    inputs: Any  # see generator/fingerprint.py
    summary: Summary
    units: dict[str, str]  # path -> the key it was rendered under
    snapshot: dict[str, dict[str, str]]  # what the API snapshot's entries were made from (see `surface.snapshot.Digested`)
    link_free: frozenset[str] = frozenset()  # digests of IR objects with no root-relative link (see `ComponentCache.link_free`)
    cli_rows: tuple[str | None, ...] = ()  # what the CLI's rows were made from (see `render.cli_view.CliRows`)


def recorded(out: Path, manifest: dict[str, Any] | None = None) -> Recorded | None:
    """The inputs and summary the last complete run recorded (see `save_state`), if any. None too
    when another toolchain wrote the folder (say, a teammate's black, pulled since): the state
    holds only for files this one wrote. `manifest`: the folder's `manifest_data`, if read already
    (GitHub's is 1 MB of JSON: a run reads it once)."""
    data = manifest_data(out) if manifest is None else manifest
    if data.get("pending") or _toolchain_of(data) != toolchain():
        return None
    try:
        state = json.loads((out / STATE).read_text("utf-8"))
        inputs, summary = state["inputs"], state["summary"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(inputs, dict) or not isinstance(summary, dict) or state.get("ignore") != file_digest(out / IGNORE_FILE):
        return None
    try:
        warnings = tuple(map(Diagnostic.from_json, summary["warnings"]))
        found = Summary(int(summary["operations"]), int(summary["models"]), warnings, tuple(map(str, summary["ignored"])))
        units, made, free, rows = state.get("units", {}), state.get("snapshot", {}), state.get("link_free", []), state.get("cli_rows", [])
        tables = {str(t): {str(k): str(v) for k, v in e.items()} for t, e in made.items() if isinstance(e, dict)} if isinstance(made, dict) else {}
        units = {str(k): str(v) for k, v in units.items()} if isinstance(units, dict) else {}
        rows = tuple(None if row is None else str(row) for row in rows) if isinstance(rows, list) else ()
        return Recorded(inputs, found, units, tables, frozenset(map(str, free)) if isinstance(free, list) else frozenset(), rows)
    except (KeyError, TypeError, ValueError):
        return None


def save_state(
    out: Path,
    inputs: dict[str, Any] | None,
    summary: Summary,
    units: Mapping[str, str] | None = None,
    snapshot: Mapping[str, Mapping[str, str]] | None = None,
    link_free: Collection[str] = (),
    cli_rows: Sequence[str | None] = (),
) -> None:
    """Record what this run read, for the next run to see that nothing changed, and the key
    each file was rendered under, for the next run to reuse the files whose key is the same.

    It names files by absolute path, so it stays on this machine: `.clientgen/.gitignore`
    keeps it out of version control (the manifest, which is shared, stays deterministic).
    """
    if inputs is None:
        (out / STATE).unlink(missing_ok=True)
        return
    ignore = out / PurePosixPath(STATE).parent / ".gitignore"
    if not ignore.exists():
        atomic_write(ignore, f"{PurePosixPath(STATE).name}\n".encode())
    state: dict[str, Any] = {"inputs": inputs, "ignore": file_digest(out / IGNORE_FILE), "summary": summary.to_json(), "units": dict(units or {})}
    if snapshot:
        state["snapshot"] = {table: dict(entries) for table, entries in snapshot.items()}
    if link_free:
        state["link_free"] = sorted(link_free)
    if any(cli_rows):
        state["cli_rows"] = list(cli_rows)
    data = (json.dumps(state, sort_keys=True) + "\n").encode()  # one line: json's C encoder (indented, it is Python's)
    try:
        if (out / STATE).read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write(out / STATE, data, private=True)


def reusable(out: Path, last: Recorded, manifest: dict[str, Any] | None = None) -> dict[str, tuple[str, str]]:
    """{path: (key, text)} for the files the last run rendered under a key and that are still
    exactly as it wrote them. Only for a last run with this run's options digest (templates,
    clientgen's code, settings: see `fingerprint.options_digest`). `manifest` as for `recorded`."""
    return _as_written(out, last.units, manifest_files(manifest_data(out) if manifest is None else manifest))


def _as_written(out: Path, tagged: Mapping[str, str], written: Mapping[str, object]) -> dict[str, tuple[str, str]]:
    """{path: (tag, text)} for the tagged files whose bytes are still the digest `written` records."""
    found: dict[str, tuple[str, str]] = {}
    root = os.fspath(out)
    for rel, tag in tagged.items():
        expected = written.get(rel)
        if expected is None:
            continue
        try:
            raw = _read(os.path.join(root, checked_relpath(rel)))
        except (OSError, OutputError):
            continue
        if digest(raw) == expected:
            found[rel] = (tag, raw.decode("utf-8"))
    return found


def _read(path: str) -> bytes:
    """A file's bytes, through the os module's calls alone: no pathlib, nor the buffered file object
    `open` makes (a third of the time of reading a run's thousands of small files). A regular file
    reads short only at its end; anything else read short fails the digest it is checked against."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = [os.read(fd, _CHUNK)]
        while len(chunks[-1]) == _CHUNK:
            chunks.append(os.read(fd, _CHUNK))
    finally:
        os.close(fd)
    return b"".join(chunks) if len(chunks) > 1 else chunks[0]


_CHUNK = 1 << 20


def file_digest(path: Path) -> str | None:
    """`digest` of a file's bytes, or None if it cannot be read."""
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def recorded_toolchain(out: Path) -> dict[str, str] | None:
    """The versions that wrote the output folder (see generator/toolchain.py), if its manifest says."""
    return _toolchain_of(manifest_data(out))


def _toolchain_of(manifest: dict[str, Any]) -> dict[str, str] | None:
    tools = manifest.get("toolchain")
    return {str(k): str(v) for k, v in tools.items()} if isinstance(tools, dict) else None


def manifest_files(data: dict[str, Any]) -> dict[str, str]:
    """{path: sha256 of the bytes we wrote} from the last run, from its manifest (`manifest_data`)."""
    return {str(k): str(v) for k, v in data.get("files", {}).items()}


def owned(data: dict[str, Any]) -> dict[str, set[str]]:
    """{path: hashes clientgen may have left there}: the last run's, and an interrupted run's."""
    owned: dict[str, set[str]] = {}
    for key in ("files", "pending"):
        table = data.get(key, {})
        for rel, value in (table.items() if isinstance(table, dict) else ()):
            owned.setdefault(str(rel), set()).add(str(value))
    return owned


def previous_outputs(out: Path, manifest: dict[str, Any] | None = None) -> dict[str, tuple[str, str]]:
    """{path: (source hash, text)} for generated files still exactly as we wrote them; `manifest`
    as for `recorded`."""
    data = manifest_data(out) if manifest is None else manifest
    files, sources = data.get("files", {}), data.get("sources", {})
    if not isinstance(sources, dict) or not isinstance(files, dict):
        return {}
    return _as_written(out, {str(rel): str(src) for rel, src in sources.items()}, files)


def read_ignore(out: Path) -> list[str]:
    """Patterns from `.clientgenignore`: one path or glob per line, `dir/` for a folder, `#` comments."""
    try:
        lines = (out / IGNORE_FILE).read_text("utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read {out / IGNORE_FILE}: {exc}") from None
    return [line.strip().lstrip("/") for line in lines if line.strip() and not line.lstrip().startswith("#")]


def is_ignored(rel: str, patterns: list[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith("/") and rel.startswith(pattern):
            return True
        if fnmatch.fnmatchcase(rel, pattern) or rel.startswith(pattern.rstrip("/") + "/"):
            return True
    return False


def atomic_write(path: Path, data: bytes, *, private: bool = False, new: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename it over `path` (readers see old or new).

    The file gets the mode of the file it replaces, or a new file's (0666 less the umask), as an
    editor's save would: not the temporary file's 0600, which left a generated package unreadable
    to other users. `private` keeps it 0600 (this machine's state and caches); `new` says that
    `path` did not exist a moment ago (no need to look for its mode)."""
    fd, tmp = _temporary(path, 0o666 if new and not private else 0o600)
    try:
        if not private and not new:
            os.chmod(tmp, _mode_of(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMPORARY_NUMBERS = itertools.count()  # with the process id: a name no other live writer uses
_TEMPORARY_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _temporary(path: Path, mode: int) -> tuple[int, str]:
    """A new file `.<name>.<pid>-<n>.clientgen-tmp` beside `path` (its folder made if missing),
    open for writing, with `mode` less the umask. Not `tempfile.mkstemp`: its import, random names
    and separate mkdir and chmod calls took a third of writing a generated file."""
    made = False
    while True:
        tmp = os.path.join(path.parent, f".{path.name}.{os.getpid()}-{next(_TEMPORARY_NUMBERS)}{TMP_SUFFIX}")
        try:
            return os.open(tmp, _TEMPORARY_FLAGS, mode), tmp
        except FileExistsError:  # left by a killed run of a process with the same id
            continue
        except (FileNotFoundError, NotADirectoryError):
            if made:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)  # raises as before if a file is in the way
            made = True


def _mode_of(path: Path) -> int:
    """The permission bits `path` has, or those a new file gets."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return _new_file_mode()


@functools.cache
def _new_file_mode() -> int:
    """0666 less the umask: the mode `open` gives a file it creates."""
    mask = os.umask(0o022)  # the only way to read the umask is to set it: put it back at once
    os.umask(mask)
    return 0o666 & ~mask


def save_manifest(out: Path, manifest: dict[str, Any]) -> None:
    atomic_write(out / MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
