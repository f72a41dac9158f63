"""One run's view of the API's history: the previous snapshot in the output folder, this run's,
what changed between them, and the version that follows (see `run.run_target`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import OutputError
from ..ir.digest import Known
from ..ir.model import Api
from . import changelog
from .compare import Changes, compare
from .snapshot import FORMAT, PATH, Digested, Digests, Snapshot, dumps, loads, snapshot
from .version import bump, newest


@dataclass
class ApiChanges:
    """What a run found, for the summary line, `--fail-on-breaking` and the CHANGELOG."""

    changes: Changes
    version: str  # the SDK's version in this run
    previous_version: str | None  # the last run's, None on a first run
    next_version: str | None  # what semantic versioning suggests after these changes
    api_version: str
    previous_api_version: str | None
    changelog: changelog.Outcome | None = None  # set once the CHANGELOG was (not) written

    def summary(self) -> str:
        if self.changes.first_run or not self.changes.items:
            return f"API: {self.changes.summary()}"
        text = f"API: {self.changes.summary()}"
        if self.next_version is not None and self.next_version != self.version:
            text += f"; next version {self.next_version} (now {self.version})"
        where = {"added": f" (see {changelog.FILE})", "not-ours": f" ({changelog.FILE} not updated: it has no clientgen marker)"}
        return text + where.get(self.changelog or "", "")

    def record(self, out: Path) -> None:
        """Add this run's section to the CHANGELOG when the API changed (see `changelog`)."""
        if self.changes.items and not self.changes.first_run:
            self.changelog = changelog.record(out, self.section())

    def section(self) -> str:
        return changelog.section(self.changes, self.version, self.api_version, self.previous_api_version or self.api_version)


class Tracker:
    """Reads the previous snapshot from `out`; `version` (for `--bump`) and `finish` compare it with the IR's."""

    def __init__(self, out: Path, written: str | None = None, digests: Digests | None = None) -> None:
        """`written`: the last snapshot's text, when the caller knows it is exactly what this
        clientgen's `dumps` wrote (see `SNAPSHOT_KEY`): then it is not read again, and this run's
        snapshot keeps the text of every entry that is the same; `digests`: what the last run
        recorded its entries were made from (see `snapshot.Digested`), for the entries of the
        objects `known` digests says are the same."""
        self.out = out
        self.written = written
        self.digests = digests or {}
        self.known: Known = {}  # digests of this run's IR objects (see `ir.digest`), set before `finished`
        self.found: Digests = {}  # what this run's entries were made from, for the next run's `digests`
        self._found: tuple[Api, Snapshot, Changes] | None = None

    @cached_property
    def previous(self) -> Snapshot | None:
        """The last run's snapshot, read when first needed (in the timed "compare" stage)."""
        return read(self.out) if self.written is None else loads(self.written, str(self.out / PATH))

    def _compare(self, api: Api) -> tuple[Snapshot, Changes]:
        if self._found is None or self._found[0] is not api:
            last = self.previous if self.written is not None and self.previous is not None else {"methods": {}, "models": {}}
            digested = Digested(last, self.digests, self.known)
            new = snapshot(api, "", digested)
            self.found = digested.found
            self._found = (api, new, Changes(first_run=True) if self.previous is None else compare(self.previous, new))
        return self._found[1], self._found[2]

    def changes(self, api: Api) -> Changes:
        return self._compare(api)[1]

    def version(self, api: Api) -> str:
        """`--bump`: the previous run's version bumped as the changes say, or the configured version
        (default: the API's, as a PEP 440 version) when that is newer or there is no previous run."""
        configured = api.distribution.version
        if self.previous_version is None:
            return configured
        return newest(bump(self.previous_version, self.changes(api).level), configured) or configured

    @property
    def previous_version(self) -> str | None:
        return None if self.previous is None else str(self.previous.get("sdk_version"))

    def finish(self, api: Api, files: dict[str, str]) -> ApiChanges:
        """Add this run's snapshot to `files` and say what changed since the previous one."""
        version = api.distribution.version
        new, changes = self._compare(api)
        last = (self.previous, self.written) if self.previous is not None and self.written is not None else None
        files[PATH] = dumps({**new, "sdk_version": version}, last)
        return ApiChanges(
            changes,
            version,
            self.previous_version,
            None if self.previous_version is None else bump(self.previous_version, changes.level),
            api.version,
            None if self.previous is None else str(self.previous.get("api_version")),
        )


SNAPSHOT_KEY = f"api-snapshot-{FORMAT}"  # the snapshot's key among a run's rendered files (see `render.reuse`)


def written_snapshot(reuse: Mapping[str, tuple[str, str]]) -> str | None:
    """The last snapshot's text from the files a run may reuse (see `state.reusable`): as the last
    run wrote it, with this run's clientgen and options, so `dumps` wrote it as it would now."""
    found = reuse.get(PATH)
    return found[1] if found is not None and found[0] == SNAPSHOT_KEY else None


def read(out: Path) -> Snapshot | None:
    path = out / PATH
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputError(f"cannot read {path}: {exc}") from None
    return loads(text, str(path))


def api_lines(found: ApiChanges, *, verbose: bool = False, limit: int = 10) -> list[str]:
    """`  breaking  message (rule)` lines under the summary: the breaking changes (all of them with
    `verbose`), which the person committing should see before staging the SDK."""
    shown = found.changes.items if verbose else found.changes.breaking
    lines = [f"  {c.level:<12} {c.message} ({c.rule})" for c in shown[: None if verbose else limit]]
    if len(shown) > len(lines):
        lines.append(f"  ... and {len(shown) - len(lines)} more (see {changelog.FILE})")
    return lines
