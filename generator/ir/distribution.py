"""Distribution metadata from the spec: every value valid core metadata, whatever the spec says.

- The version is a PEP 440 version mapped from `info.version` (`api_version`; the README's table
  shows the rules), or the one given as an option (`checked_version`).
- The name is a normalized PEP 508 name (`checked_name`, `default_name`).
- The license is a canonical SPDX expression (PEP 639) or nothing; authors come from
  `info.contact`, with an email only when it is an address; URLs are http(s) only.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from ..errors import ConfigError
from .diagnostic import Warn
from .model import Distribution, Person, Server

NO_VERSION = "0.0.0"  # when `info.version` has no number to map
SUMMARY_LIMIT = 200  # characters of the one-line summary (PyPI takes up to 512)
SERVER_URLS = 3  # at most this many servers become project URLs
PEP440 = "https://peps.python.org/pep-0440/"

# a commit hash (`9dcb0dc8`): a run of hex digits with a letter, which PEP 440 may otherwise half-read (`1c0`)
_HASH = re.compile(r"[0-9a-f]{7,64}", re.IGNORECASE | re.ASCII)
_ISO_DATE = re.compile(r"[vV]?(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])", re.ASCII)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TEXT_DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)", re.IGNORECASE | re.ASCII),  # Oct 15 2025
    re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})(?!\d)", re.IGNORECASE | re.ASCII),  # 15 Oct 2025
)
_LEADING_RELEASE = re.compile(r"[vV]?(\d+(?:\.\d+)*)", re.ASCII)
_ANY_RELEASE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)*)", re.ASCII)
_GOOGLE_POINT = re.compile(r"p(\d+)(?=[a-z]|$)", re.ASCII)  # Google's v1p1beta1: version 1.1, beta 1
# a pre-release or snapshot word right after the release number, and its number
_QUALIFIER = re.compile(r"[-_. ]?(alpha|beta|preview|pre|rc|snapshot|dev|a|b|c)[-_.]?(\d*)(?![a-z])", re.IGNORECASE | re.ASCII)
_QUALIFIER_SPELLING = {"alpha": "a", "a": "a", "beta": "b", "b": "b", "preview": "rc", "pre": "rc", "rc": "rc", "c": "rc", "snapshot": ".dev", "dev": ".dev"}
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
_PEP508_NAME = re.compile(r"[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9]", re.IGNORECASE | re.ASCII)
_SEPARATORS = re.compile(r"[-_.]+")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _normalized(text: str) -> str:
    """The normalized public PEP 440 version of valid `text` (a local label `+...` is dropped)."""
    return Version(text).public


def _with_qualifier(release: str, rest: str) -> str:
    """`release` with the pre-release or snapshot that opens `rest` (`-SNAPSHOT` -> `.dev0`)."""
    point = _GOOGLE_POINT.match(rest)
    if point:
        release, rest = f"{release}.{point.group(1)}", rest[point.end() :]
    found = _QUALIFIER.match(rest)
    if found is None:
        return _normalized(release)
    return _normalized(release + _QUALIFIER_SPELLING[found.group(1).lower()] + (found.group(2) or "0"))


def _date(year: str, month: str, day: str | None) -> str | None:
    try:
        when = datetime.date(int(year), int(month), int(day or 1))
    except ValueError:
        return None
    return f"{when.year}.{when.month}" + (f".{when.day}" if day else "")


def _text_date(raw: str) -> tuple[int, str] | None:
    """(where it starts, `YYYY.M.D`) for the first date written with a month's name."""
    for pattern in _TEXT_DATES:
        found = pattern.search(raw)
        if found:
            date = _date(found["year"], str(_MONTHS.index(found["month"][:3].lower()) + 1), found["day"])
            if date is not None:
                return found.start(), date
    return None


def api_version(raw: str) -> str | None:
    """The normalized PEP 440 version for an `info.version`, or None when it holds no version number.

    In order: a commit hash has none; an ISO date is `YYYY.M.D`; a valid PEP 440 version is itself
    (normalized, without a local label); a date in words is `YYYY.M.D` unless a release number comes
    before it; a leading release number is kept with a pre-release or snapshot word that follows it;
    else the first number in the text.
    """
    text = raw.strip()
    if _HASH.fullmatch(text) and not text.isdigit():
        return None
    iso = _ISO_DATE.match(text)
    if iso:
        iso_date = _date(iso.group(1), iso.group(2), iso.group(3))
        if iso_date is not None:
            return _with_qualifier(iso_date, text[iso.end() :])
    try:
        return _normalized(text)
    except InvalidVersion:
        pass
    leading = _LEADING_RELEASE.match(text)
    in_words = _text_date(text)
    if in_words is not None and (leading is None or in_words[0] == 0):
        return in_words[1]
    if leading:
        return _with_qualifier(leading.group(1), text[leading.end() :])
    anywhere = _ANY_RELEASE.search(text)
    return _normalized(anywhere.group(1)) if anywhere else None


def checked_version(value: str, what: str) -> str:
    """A version given as an option, normalized; a clear error if it is not PEP 440."""
    try:
        return str(Version(value.strip()))
    except InvalidVersion:
        raise ConfigError(f"{what} {value!r} is not a valid PEP 440 version (such as 1.4.0, 2.0.0rc1 or 1.0.0.dev1; see {PEP440})") from None


def checked_name(value: str, what: str) -> str:
    """A distribution name given as an option, normalized; a clear error if it is not a PEP 508 name."""
    if not _PEP508_NAME.fullmatch(value.strip()):
        raise ConfigError(
            f"{what} {value!r} is not a valid distribution name: use letters, digits, '-', '_' and '.', "
            "starting and ending with a letter or digit"
        )
    return _normalized_name(value.strip())


def default_name(package: str) -> str:
    """The distribution name for an import name: `openai_uploads` -> `openai-uploads`."""
    return _normalized_name(package.strip("_")) or "api-client"


def _normalized_name(name: str) -> str:
    """PEP 503's normalized name (packaging.utils.canonicalize_name's rule; importing that
    module also loads packaging.tags, which costs every run ~10 ms)."""
    return _SEPARATORS.sub("-", name).lower()


def one_line(value: Any, limit: int = 0) -> str:
    """Spec text as one line of printable text (core metadata headers cannot hold more)."""
    text = " ".join(_UNPRINTABLE.sub(" ", str(value)).split())
    if limit and len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return text


def _http_url(value: Any) -> str | None:
    """An absolute http(s) URL with no spaces or template braces, or None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url.isascii() or any(c in url for c in ' "<>\\^`{|}') or _UNPRINTABLE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _license(value: Any) -> tuple[str, str]:
    """(canonical SPDX expression or "", the name as written): from `identifier` (3.1) or a `name` that is one."""
    if not isinstance(value, Mapping):
        return "", ""
    name = one_line(value.get("name") or "")
    for candidate in (value.get("identifier"), name):
        if isinstance(candidate, str) and candidate.strip():
            try:
                return str(canonicalize_license_expression(candidate.strip())), name
            except InvalidLicenseExpression:
                continue
    return "", name


def _authors(contact: Any) -> tuple[Person, ...]:
    if not isinstance(contact, Mapping):
        return ()
    # a name goes into an address header (`"name" <email>`): no quotes or backslashes
    name = one_line(contact.get("name") or "").replace('"', "'").replace("\\", "/")
    email = contact.get("email")
    email = email.strip() if isinstance(email, str) and _EMAIL.fullmatch(email.strip()) else ""
    return (Person(name, email),) if name or email else ()


def _urls(spec: Mapping[str, Any], info: Mapping[str, Any], servers: tuple[Server, ...]) -> tuple[tuple[str, str], ...]:
    docs = spec.get("externalDocs")
    contact, license_ = info.get("contact"), info.get("license")
    candidates = [
        ("Documentation", docs.get("url") if isinstance(docs, Mapping) else None),
        ("Terms of Service", info.get("termsOfService")),
        ("Contact", contact.get("url") if isinstance(contact, Mapping) else None),
        ("License", license_.get("url") if isinstance(license_, Mapping) else None),
    ]
    found = [url for url in dict.fromkeys(_http_url(s.default_url) for s in servers) if url]
    # a server listed both ways (AWS lists http:// and https://) is its https:// one
    server_urls = [url for url in found if not (url.startswith("http://") and "https://" + url[7:] in found)][:SERVER_URLS]
    candidates += [("API" if i == 0 else f"API {i + 1}", url) for i, url in enumerate(server_urls)]
    return tuple((label, url) for label, value in candidates if (url := _http_url(value)))


def build_distribution(
    spec: Mapping[str, Any],
    servers: tuple[Server, ...],
    *,
    version: str | None,
    warn: Warn,
) -> Distribution:
    """The distribution's metadata; `version` is the option's (checked again: `Settings` made in
    code skip the command line's checks), else mapped from `info.version`."""
    info = spec.get("info")
    info = info if isinstance(info, Mapping) else {}
    raw = info.get("version")
    raw_text = "" if raw is None else str(raw)
    if version is None:
        version = api_version(raw_text)
        if version is None:
            shown = f"info.version {raw_text!r} has no version number" if raw_text.strip() else "info.version is missing"
            warn(f"{shown}; the distribution version is {NO_VERSION} (set it with --project-version or `project-version`)", "/info/version" if raw is not None else "/info")
            version = NO_VERSION
    else:
        version = checked_version(version, "the project version")
    license_, license_name = _license(info.get("license"))
    title = one_line(info.get("title") or "API")
    return Distribution(
        version=version,
        summary=one_line(f"Python client for {title}, generated by clientgen", SUMMARY_LIMIT),
        license=license_,
        license_name=license_name,
        authors=_authors(info.get("contact")),
        urls=_urls(spec, info, servers),
    )
