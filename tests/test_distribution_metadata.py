"""Distribution metadata from any spec: the PEP 440 mapping of `info.version` (on every real spec
and on the README's table), checked options, license/authors/URLs, and TOML escaping."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import SHARED_SPECS
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.version import Version
from teamwork import PETS, README, clientgen

from clientgen.errors import ConfigError
from clientgen.ir.distribution import (
    NO_VERSION,
    api_version,
    build_distribution,
    checked_name,
    checked_version,
    default_name,
)
from clientgen.ir.model import Server
from clientgen.render.filters import toml_str

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

REALWORLD = SHARED_SPECS.parent / "realworld"


def realworld_versions() -> dict[str, str]:
    """{file: info.version as written} for every spec in ../shared/realworld/."""
    found = {}
    for path in sorted(REALWORLD.rglob("*.json")):
        version = json.loads(path.read_text("utf-8")).get("info", {}).get("version")
        found[path.relative_to(REALWORLD).as_posix()] = "" if version is None else str(version)
    return found


def shared_spec_versions() -> dict[str, str]:
    """{file: info.version} for ../shared/specs/, from its MANIFEST's last column (`title / version`)."""
    found = {}
    for line in (SHARED_SPECS / "MANIFEST.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 5 and cells[0].startswith("`") and " / " in cells[-1]:
            found[cells[0].strip("`")] = cells[-1].rsplit(" / ", 1)[1]
    return found


def readme_table() -> list[tuple[str, str]]:
    """(info.version, distribution version) rows of the README's mapping table."""
    text = README.read_text("utf-8")
    section = text[text.index("\n## Distribution metadata\n") :]
    section = section[: section.find("\n## ", 1)]
    return re.findall(r"^\| `([^`]*)` \| `([^`]*)` \|", section, flags=re.MULTILINE)


def is_normalized_public(version: str) -> bool:
    parsed = Version(version)
    return str(parsed) == version and parsed.local is None


def test_every_real_info_version_maps_to_a_normalized_pep440_version() -> None:
    versions = {**realworld_versions(), **{f"shared/{k}": v for k, v in shared_spec_versions().items()}}
    assert len(versions) >= 200 + 20, len(versions)
    mapped = {path: api_version(raw) for path, raw in versions.items()}
    for path, version in mapped.items():
        assert version is None or is_normalized_public(version), (path, versions[path], version)
    # only a commit hash and a word have no number; everything else keeps one
    assert sorted(versions[p] for p, v in mapped.items() if v is None) == ["8234aab51481d37a30757d925b7f4221a659427e", "partner"]
    not_pep440 = [raw for raw in versions.values() if not _is_pep440(raw)]
    assert len(not_pep440) >= 60, len(not_pep440)  # the count: these made uninstallable SDKs


def _is_pep440(text: str) -> bool:
    try:
        Version(text)
    except ValueError:
        return False
    return True


TRICKY = [
    ("v1.2", "1.2"),
    ("1.0.27-SNAPSHOT", "1.0.27.dev0"),
    ("1.0.0-SNAPSHOT.3", "1.0.0.dev3"),
    ("1.0.0-oas3", "1.0.0"),
    ("2.0 (v2)", "2.0"),
    ("v3-reporting", "3"),
    ("2021-02-01", "2021.2.1"),
    ("2019-05-06-Preview", "2019.5.6rc0"),
    ("2019-07", "2019.7"),
    ("2019.10.15", "2019.10.15"),
    ("Wed Oct 15 2025 13:51:00 GMT+0000", "2025.10.15"),
    ("15 October 2025", "2025.10.15"),
    ("1.2.0 (Oct 15 2025)", "1.2.0"),
    ("v2.1-preview", "2.1rc0"),
    ("v1beta1", "1b1"),
    ("v1p1beta1", "1.1b1"),
    ("v1_beta.0.0", "1b0"),
    ("1.0.0-beta.2", "1.0.0b2"),
    ("1.0.0-rc.1+build.5", "1.0.0rc1"),
    ("1!2.0", "1!2.0"),
    ("V2", "2"),
    ("068", "68"),
    ("20240101", "20240101"),
    ("release 4", "4"),
    ("  1.0  ", "1.0"),
    ("latest", None),
    ("partner", None),
    ("", None),
    ("9dcb0dc8", None),  # a hash starting with a digit
    ("1c0ffee", None),  # which PEP 440 alone could half-read
    ("8234aab51481d37a30757d925b7f4221a659427e", None),
    ("deadbeef", None),
    ("2021-13-45", "2021"),  # no date: its leading number
]


@pytest.mark.parametrize(("raw", "expected"), TRICKY, ids=[repr(r) for r, _ in TRICKY])
def test_tricky_versions(raw: str, expected: str | None) -> None:
    assert api_version(raw) == expected
    assert expected is None or is_normalized_public(expected)


def test_readme_mapping_table_is_what_the_code_does() -> None:
    rows = readme_table()
    assert len(rows) >= 8
    for raw, shown in rows:
        assert (api_version(raw) or NO_VERSION) == shown, raw


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_any_text_maps_to_a_valid_version_or_none(raw: str) -> None:
    version = api_version(raw)
    assert version is None or is_normalized_public(version)


@pytest.mark.parametrize("value", ["1.0.27-SNAPSHOT", "latest", "1.0 beta", "", "2.0 (v2)"])
def test_checked_version_rejects_what_is_not_pep440(value: str) -> None:
    with pytest.raises(ConfigError, match=r"^--project-version .* is not a valid PEP 440 version"):
        checked_version(value, "--project-version")


def test_checked_version_and_name_normalize() -> None:
    assert checked_version("v1.0-rc1", "x") == "1.0rc1"
    assert checked_name("Petstore_Client.SDK", "x") == "petstore-client-sdk"
    for bad in ["my project", "-lead", "trail-", "naïve", "a/b", ""]:
        with pytest.raises(ConfigError, match="is not a valid distribution name"):
            checked_name(bad, "--project-name")


def _spec(info: dict[str, object], **top: object) -> dict[str, object]:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1.0", **info}, "paths": {}, **top}


def _build(spec: dict[str, object], servers: tuple[Server, ...] = (), version: str | None = None) -> tuple[object, list[str]]:
    warnings: list[str] = []

    def warn(message: str, pointer: str | None = None, base: str | None = None) -> None:
        warnings.append(f"{pointer}: {message}")

    return build_distribution(spec, servers, version=version, warn=warn), warnings


@settings(max_examples=300)
@given(st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9._-]{0,30}[A-Za-z0-9])?", fullmatch=True))
def test_names_normalize_as_packaging_does(name: str) -> None:
    """The PEP 503 rule is written out (importing packaging.utils costs every run ~10 ms); it
    must agree with packaging's own."""
    from packaging.utils import canonicalize_name

    assert checked_name(name, "x") == canonicalize_name(name)
    assert default_name(name.replace("-", "_").replace(".", "_")) == canonicalize_name(name.replace("-", "_").replace(".", "_"))


def test_license_is_an_spdx_expression_or_nothing() -> None:
    cases = {
        ("MIT", None): "MIT",
        ("mit", None): "MIT",
        ("Apache 2.0", "Apache-2.0"): "Apache-2.0",  # 3.1's identifier wins over a name that is no expression
        ("MIT OR Apache-2.0", None): "MIT OR Apache-2.0",
        ("Apache 2.0", None): "",
        ("Creative Commons Attribution 3.0", None): "",
        ("AGPL", None): "",
        ("MIT", "not an identifier"): "MIT",
    }
    for (name, identifier), expected in cases.items():
        license_ = {"name": name} | ({"identifier": identifier} if identifier else {})
        dist, _ = _build(_spec({"license": license_}))
        assert (dist.license, dist.license_name) == (expected, name), (name, identifier)  # type: ignore[attr-defined]


def test_authors_keep_only_a_valid_email_and_one_line_names() -> None:
    dist, _ = _build(_spec({"contact": {"name": "Ops\nteam \"core\"", "email": "ops@example.com"}}))
    assert [(p.name, p.email) for p in dist.authors] == [("Ops team 'core'", "ops@example.com")]  # type: ignore[attr-defined]
    for bad in ["not an email", "a@b", "mailto:a@b.co", "a b@c.co", "x@y.com>, evil@z.com"]:
        dist, _ = _build(_spec({"contact": {"name": "N", "email": bad}}))
        assert [(p.name, p.email) for p in dist.authors] == [("N", "")], bad  # type: ignore[attr-defined]
    dist, _ = _build(_spec({"contact": {"url": "https://example.com"}}))
    assert dist.authors == ()  # type: ignore[attr-defined]


def test_urls_are_http_only_and_labelled() -> None:
    spec = _spec(
        {"termsOfService": "https://example.com/tos", "contact": {"url": "javascript:alert(1)"}, "license": {"name": "X", "url": "ftp://x"}},
        externalDocs={"url": "https://docs.example.com/a b"},
    )
    servers = (
        Server("http://api.example.com/v1"),
        Server("https://api.example.com/v1"),
        Server("/relative"),
        Server("https://{region}.example.com"),
        Server("https://api.example.com/v1"),
        Server("https://eu.example.com"),
    )
    dist, _ = _build(spec, servers)
    assert dist.urls == (  # type: ignore[attr-defined]
        ("Terms of Service", "https://example.com/tos"),
        ("API", "https://api.example.com/v1"),
        ("API 2", "https://eu.example.com"),
    )


def test_no_number_is_0_0_0_with_a_warning_and_the_option_wins() -> None:
    dist, warnings = _build(_spec({"version": "latest"}))
    assert dist.version == NO_VERSION  # type: ignore[attr-defined]
    assert warnings == ["/info/version: info.version 'latest' has no version number; the distribution version is 0.0.0 (set it with --project-version or `project-version`)"]
    dist, warnings = _build(_spec({"version": "latest"}), version="3.1")
    assert (dist.version, warnings) == ("3.1", [])  # type: ignore[attr-defined]


HOSTILE = 'Evil "\\"" \\u0000\n[tool.evil]\nx = 1\x00\x7f\x1b\u2028 \'\'\' """ é'


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_toml_str_round_trips_any_text(text: str) -> None:
    expected = re.sub(r"[\ud800-\udfff]", "\ufffd", text)
    assert tomllib.loads(f"k = {toml_str(text)}\n") == {"k": expected}


def test_hostile_spec_strings_stay_inside_pyproject_values(tmp_path: Path) -> None:
    hostile = (
        "openapi: 3.0.3\n"
        f"info:\n  title: {json.dumps(HOSTILE)}\n  version: {json.dumps(HOSTILE)}\n"
        f"  contact: {{name: {json.dumps(HOSTILE)}, email: {json.dumps(HOSTILE)}, url: {json.dumps('https://x.example/' + HOSTILE)}}}\n"
        f"  license: {{name: {json.dumps(HOSTILE)}}}\n"
        + PETS.split("\n", 2)[2]
    )
    (tmp_path / "spec.yaml").write_text(hostile)
    result = clientgen("generate", str(tmp_path / "spec.yaml"), "--output", str(tmp_path / "sdk"), "--package-name", "pets", at=tmp_path)
    assert result.code == 0, result.err
    data = tomllib.loads((tmp_path / "sdk" / "pyproject.toml").read_text("utf-8"))
    assert "evil" not in data.get("tool", {})
    project = data["project"]
    assert project["version"] == api_version(HOSTILE) and is_normalized_public(project["version"])
    assert "\n" not in project["description"] and "Evil" in project["description"]
    assert project["authors"] == [{"name": " ".join(HOSTILE.replace("\x00", " ").replace("\x7f", " ").replace("\x1b", " ").replace("\u2028", " ").replace('"', "'").replace("\\", "/").split())}]
    assert "license" not in project and "urls" not in project
    version_py = (tmp_path / "sdk" / "pets" / "_version.py").read_text("utf-8")
    namespace: dict[str, object] = {}
    exec(compile(version_py, "_version.py", "exec"), namespace)  # noqa: S102 - our own generated module
    assert namespace["__api_version__"] == HOSTILE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--project-version", "1.0.27-SNAPSHOT"], "error: --project-version '1.0.27-SNAPSHOT' is not a valid PEP 440 version"),
        (["--project-version", "latest"], "error: --project-version 'latest' is not a valid PEP 440 version"),
        (["--project-name", "my sdk"], "error: --project-name 'my sdk' is not a valid distribution name"),
    ],
)
def test_bad_project_options_are_one_line_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "spec.yaml").write_text(PETS)
    result = clientgen("generate", str(tmp_path / "spec.yaml"), "--output", str(tmp_path / "sdk"), *args, at=tmp_path)
    assert result.code == 2
    assert result.err.startswith(message) and result.err.count("\n") == 1, result.err
    assert not (tmp_path / "sdk").exists()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("project-version: 1.0-SNAPSHOT", "'project-version' '1.0-SNAPSHOT' is not a valid PEP 440 version"),
        ("project-version: true", "'project-version' must be a PEP 440 version, not True"),
        ("project-name: 'my sdk'", "'project-name' 'my sdk' is not a valid distribution name"),
    ],
)
def test_bad_project_config_keys_are_one_line_errors(tmp_path: Path, line: str, message: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "spec.yaml").write_text(PETS)
    (tmp_path / "clientgen.yaml").write_text(f"spec: spec.yaml\noutput: sdk\n{line}\n")
    result = clientgen("generate", at=tmp_path)
    assert result.code == 2
    assert result.err.startswith("error: ") and f"clientgen.yaml: {message}" in result.err, result.err
    assert result.err.count("\n") == 1, result.err


def test_config_version_is_normalized_and_a_number_works(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "spec.yaml").write_text(PETS)
    (tmp_path / "clientgen.yaml").write_text("spec: spec.yaml\noutput: sdk\npackage-name: pets\nproject-version: 1.5\nproject-name: Pets_SDK\n")
    assert clientgen("generate", "--quiet", at=tmp_path).code == 0
    data = tomllib.loads((tmp_path / "sdk" / "pyproject.toml").read_text("utf-8"))
    assert (data["project"]["name"], data["project"]["version"]) == ("pets-sdk", "1.5")
    assert '__api_version__ = "1.0.0"' in (tmp_path / "sdk" / "pets" / "_version.py").read_text()
