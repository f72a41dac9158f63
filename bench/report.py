"""Markdown tables from the results dictionary that `run.py` builds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _cell(text: Any) -> str:
    return _fmt(text).replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def _ok_cell(row: Mapping[str, Any]) -> str:
    runs, good = row["runs"], row["ok_runs"]
    if runs and good == runs:
        return "yes (warnings)" if row.get("warnings") else "yes"
    reason = "timeout" if "timed out" in row.get("error", "") else row.get("error", "").split(":")[0]
    if good == 0:
        return f"**no** ({reason})"
    return f"**partly** ({good}/{runs} ok; {reason})"


def _import_cell(row: Mapping[str, Any]) -> str:
    top = row.get("import") or {}
    if not top:
        return "-"
    return _fmt(top.get("seconds"), 3) if top.get("ok") else "**fails**"


def _import_all_cell(row: Mapping[str, Any]) -> str:
    every = row.get("import_all") or {}
    if not every:
        return "-"
    counts = f"{every.get('modules_ok')}/{every.get('modules_found')}"
    if every.get("seconds") is None:
        return f"**fails** ({every.get('error', '')[:60]})"
    mark = "" if every.get("ok") else " **!**"
    return f"{_fmt(every['seconds'], 3)} ({counts}){mark}"


def _lines_cell(row: Mapping[str, Any]) -> str:
    if row.get("lines") is None:
        return "-"
    return f"{row['lines']} ({row.get('py_lines')})"


def main_table(results: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    rows = [
        (
            labels.get(r["tool"], r["tool"]),
            r["spec"],
            _ok_cell(r),
            _fmt(r.get("wall_s", r.get("wall_s_failed"))),
            _fmt(r.get("peak_mb"), 1),
            _fmt(r.get("tree_peak_mb"), 1),
            r.get("files"),
            _lines_cell(r),
            _import_cell(r),
            _import_all_cell(r),
        )
        for r in results.get("summary", [])
    ]
    header = (
        "tool",
        "spec",
        "ok?",
        "wall s (median)",
        "peak MB",
        "tree MB",
        "files",
        "lines (py)",
        "import s",
        "import-all s (ok/found)",
    )
    return table(header, rows)


def _client_lines(results: Mapping[str, Any]) -> list[str]:
    parts = []
    for row in results.get("summary", []):
        timing = row.get("import_client") or {}
        if timing:
            parts.append(f"{row['spec']} {_fmt(timing.get('seconds'), 3) if timing.get('ok') else '**fails**'} s")
    if not parts:
        return []
    return ["", "clientgen `import pkg; pkg.Client(base_url=...)` (best of 3, fresh interpreter): " + ", ".join(parts)]


def ratio_table(results: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    rows = [
        (
            r["spec"],
            labels.get(r["peer"], r["peer"]),
            _x(r["wall"], "faster", "slower"),
            _x(r["peak"], "smaller", "larger"),
            _x(r.get("tree_peak"), "smaller", "larger"),
            _x(r["import_all"], "faster", "slower"),
        )
        for r in results.get("ratios", [])
    ]
    return table(
        ("spec", "ours / this peer", "wall", "peak RSS (largest process)", "tree RSS (sum, sampled)", "import-all"),
        rows,
    )


def _x(value: float | None, better: str, worse: str) -> str:
    if not value:
        return "-"
    if 0.95 <= value <= 1.05:
        return f"{value:.2f} (about the same)"
    if value < 1:
        return f"**{value:.2f}** ({1 / value:.1f}× {better})"
    return f"{value:.2f} ({value:.1f}× {worse})"


def failures(results: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    lines: list[str] = []
    for tool, reason in (results.get("skipped_tools") or {}).items():
        lines.append(f"- **{labels.get(tool, tool)}: not run**: {reason}")
    if results.get("install_error"):
        lines.append(f"- **peer install failed**: {results['install_error']}")
    for spec in results.get("missing_specs") or []:
        lines.append(f"- spec `{spec}` not found: skipped")
    seen: set[tuple[str, str, str]] = set()
    for run in results.get("runs", []):
        if run["ok"]:
            continue
        key = (run["tool"], run["spec"], run["error"])
        if key in seen:
            continue
        seen.add(key)
        count = sum(1 for r in results["runs"] if (r["tool"], r["spec"], r["error"]) == key)
        lines.append(f"- **{labels.get(run['tool'], run['tool'])} on {run['spec']} failed** ({count}×): {run['error']}")
    for row in results.get("summary", []):
        lines.extend(_import_failures(row, labels))
    return lines or ["- none"]


def _import_failures(row: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    name = f"{labels.get(row['tool'], row['tool'])} on {row['spec']}"
    out: list[str] = []
    top = row.get("import") or {}
    if top and not top.get("ok"):
        out.append(f"- **{name}: `import {row.get('package')}` fails**: {top.get('error')}")
    every = row.get("import_all") or {}
    if every and not every.get("ok") and top.get("ok"):
        examples = "; ".join(f"`{f}`" for f in every.get("failures", [])[:3])
        out.append(f"- **{name}: {every.get('error')}**: {examples}")
    if row.get("import_error"):
        out.append(f"- **{name}: imports not measured**: {row['import_error']}")
    return out


def regeneration(results: Mapping[str, Any]) -> list[str]:
    regen = results.get("regeneration")
    if not regen:
        return ["(not run)"]
    if regen.get("error"):
        return [f"**failed**: {regen['error']}"]
    lines = [
        f"clientgen on **{regen['spec']}**, regenerating into the same output folder. "
        f"Edited: {regen.get('edited', '-')}. Added: {regen.get('added', '-')}. "
        f"`--check` flag: {'yes' if regen.get('check_flag') else 'not available'}.",
        "",
    ]
    rows = [
        (
            s["scenario"],
            "yes" if s["ok"] else f"**no** ({s['error']})",
            _fmt(s["wall_s"]),
            _fmt(s["peak_mb"], 1),
            f"{s['rewritten']} / {s['files']}",
            s["content_changed"],
            f"+{s['added']} −{s['removed']}",
            ", ".join(s["examples"][:3]),
        )
        for s in regen["steps"]
    ]
    header = (
        "scenario",
        "ok?",
        "wall s",
        "peak MB",
        "files rewritten (mtime)",
        "content changed",
        "added/removed",
        "e.g.",
    )
    return lines + table(header, rows)


def realworld(results: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    data = results.get("realworld")
    if not data:
        return ["(not run: BENCH_REALWORLD=all or a number)"]
    if data.get("error"):
        return [f"**failed**: {data['error']}"]
    estimate = data.get("estimated_all_s")
    lines = [
        f"{data['chosen']} of the {data['listed']} specs in `{data['dir']}` (evenly spread over MANIFEST.md), "
        f"{data['rounds']} round(s), tools alternating; took {_fmt(data['elapsed_s'], 0)} s"
        + (f" (all {data['listed']}: about {_fmt(estimate / 60, 0)} min at this pace)" if estimate else "")
        + ". Wall time per spec is the median of its rounds; p90 by nearest rank. The ratio is ours / "
        "that tool's wall time per spec, over the specs both generated.",
        "",
    ]
    rows = [
        (
            labels.get(r["tool"], r["tool"]),
            f"{r['ok']} / {r['specs']}",
            _fmt(r["median_s"]),
            _fmt(r["p90_s"]),
            "-" if r["tool"] == "ours" else f"{_x(r.get('ratio_median'), 'faster', 'slower')} ({r.get('ratio_specs')} specs)",
            "-" if r["tool"] == "ours" else _fmt(r.get("ratio_p90")),
        )
        for r in data["summary"]
    ]
    lines += table(("tool", "ok / specs", "median s", "p90 s", "ours / this tool, median", "ratio p90"), rows)
    if data.get("missing"):
        lines += ["", "Listed but missing: " + ", ".join(f"`{m}`" for m in data["missing"])]
    failed = [r for r in data["runs"] if not r["ok"]]
    if failed:
        lines += ["", f"Failures ({len(failed)}):"]
        lines += [f"- {labels.get(r['tool'], r['tool'])} on {r['spec']}: {r['error']}" for r in failed[:30]]
    return lines


def runtime(results: Mapping[str, Any]) -> list[str]:
    data = results.get("runtime")
    if not data:
        return ["(not run)"]
    if data.get("error"):
        return [f"**failed**: {data['error']}"]
    lines: list[str] = [
        f"Loopback uvicorn server; `{data['package']}` from `{data['client_dir']}`; variants interleaved in blocks.",
        "",
    ]
    rows = []
    for mode in ("sync", "async"):
        section = data[mode]
        for variant in ("raw_httpx", "raw_httpx_pydantic", "ours"):
            v = section[variant]
            us = [_fmt(v.get(k), 0) for k in ("mean_us", "median_us", "p95_us")]
            rows.append((mode, variant, v.get("requests"), *us, _fmt(v.get("per_s"), 0)))
    lines += table(("mode", "variant", "requests", "mean µs", "median µs", "p95 µs", "req/s"), rows)
    lines.append("")
    for mode in ("sync", "async"):
        section = data[mode]
        lines.append(
            f"- {mode}: ours / raw httpx (+`.json()`) = **{_fmt(section['ratio_ours_raw'], 3)}×** mean, "
            f"{_fmt(section.get('ratio_ours_raw_median'), 3)}× median; ours / raw httpx + pydantic "
            f"`model_validate_json` = {_fmt(section['ratio_ours_raw_pydantic'], 3)}× mean, "
            f"{_fmt(section.get('ratio_ours_raw_pydantic_median'), 3)}× median"
        )
    lines += ["", *parse_table(data["parse"])]
    return lines


def parse_table(parse: Mapping[str, Any]) -> list[str]:
    lines = [
        f"Parsing a list of {parse['objects']:,} `Upload` objects ({parse['body_bytes']:,} bytes of JSON), best of 5:",
        "",
    ]
    names = {
        "type_adapter_validate_json": "`TypeAdapter(list[Upload]).validate_json(body)`",
        "model_validate_per_item": "`[Upload.model_validate(x) for x in json.loads(body)]`",
        "raw_httpx_get_type_adapter": "raw `httpx` GET + `TypeAdapter.validate_json` (over HTTP)",
    }
    rows = [
        (label, _fmt(parse[key]["best_s"], 4), parse[key]["objects_per_s"])
        for key, label in names.items()
        if key in parse
    ]
    client = parse.get("client_response_path") or {}
    if client.get("error"):
        rows.append(("client response path", "n/a", client["error"]))
    else:
        for key, label in (
            ("parse_only", "client `_parse` (in memory)"),
            ("over_http", "client `_request` (over HTTP)"),
        ):
            got = client.get(key) or {}
            if got.get("error"):
                rows.append((label, "n/a", got["error"]))
            elif got:
                rows.append((label, _fmt(got["best_s"], 4), got["objects_per_s"]))
    return lines + table(("method", "best s", "objects/s"), rows)


def header(results: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    m = results.get("machine", {})
    versions = results.get("versions", {})
    lines = [
        "# clientgen benchmark",
        "",
        f"Started {results.get('started')} on {m.get('cpus')} CPUs, {m.get('memory')} RAM, Python {m.get('python')}; "
        f"took {results.get('total_s')} s. {results.get('rounds')} round(s) per spec, tools alternating in this order: "
        f"{', '.join(results.get('order', []))}. Peak MB: {m.get('rss_source')} (largest process); tree MB: sampled sum "
        "over the process group every 0.1 s.",
        "",
    ]
    lines += [f"- {labels.get(tool, tool)}: {version}" for tool, version in versions.items()]
    return lines


def render(results: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    out = header(results, labels)
    out += ["", "## Generation", "", *main_table(results, labels)]
    out += _client_lines(results)
    out += [
        "",
        "## Ratios ours / theirs (same run; < 1 means clientgen is faster or smaller)",
        "",
        *ratio_table(results, labels),
    ]
    out += ["", "## Failures and skipped tools", "", *failures(results, labels)]
    if results.get("baseline_imports"):
        base = results["baseline_imports"]
        out += [
            "",
            "Baseline `import` times (best of 3, same interpreter): "
            + ", ".join(f"`{k}` {_fmt(v, 3)} s" for k, v in base.items()),
        ]
    out += ["", "## Real-world sample (../shared/realworld)", "", *realworld(results, labels)]
    out += ["", "## Regeneration (clientgen only)", "", *regeneration(results)]
    out += ["", "## Runtime overhead (clientgen's generated client vs raw httpx)", "", *runtime(results)]
    if results.get("profiles"):
        out += ["", "## Profiles", ""]
        out += [
            f"- {p['spec']}: `{p['text']}` ({_fmt(p['wall_s'])} s){' ' + p['error'] if p.get('error') else ''}"
            for p in results["profiles"]
        ]
    return "\n".join(out) + "\n"
