"""The compiled-template cache (generator/render/template_cache.py) never changes output: an
edited overlay is compiled again, and a missing, unwritable or damaged cache only means compiling."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from teamwork import PETS
from test_templates_custom import generate

from clientgen.render import plan
from clientgen.render.template_cache import cache_folder, fingerprint


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "pets.yaml").write_text(PETS)
    return tmp_path


def entries() -> list[Path]:
    return sorted(cache_folder().glob("*.j2c"))


def test_a_second_run_compiles_nothing(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = generate(project, "first")
    assert cache_folder() == project / "cache" / "clientgen" / "templates"
    assert entries()

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled a template the cache holds")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    assert generate(project, "second") == first


def test_an_edited_overlay_is_compiled_again(project: Path) -> None:
    overlay = project / "tpl" / "docs" / "model.md.j2"
    overlay.parent.mkdir(parents=True)
    overlay.write_text("# {{ model.name }}: first\n")
    assert generate(project, "a", "--templates", "tpl")["docs/Pet.md"] == "# Pet: first\n"
    overlay.write_text("# {{ model.name }}: second\n")
    assert generate(project, "b", "--templates", "tpl")["docs/Pet.md"] == "# Pet: second\n"
    assert generate(project, "c")["docs/Pet.md"] != "# Pet: second\n"  # the built-in is cached apart


def test_damaged_entries_are_compiled_again(project: Path) -> None:
    first = generate(project, "first")
    damaged = entries()
    for number, entry in enumerate(damaged):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if number % 2 else b"not a cache entry")
    assert generate(project, "second") == first
    assert all(entry.stat().st_size > len(b"not a cache entry") for entry in damaged)  # rewritten


def test_a_cache_folder_that_cannot_be_made_is_no_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = generate(project, "cached")
    blocker = project / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert generate(project, "uncached") == expected


def test_a_cache_folder_that_vanishes_is_no_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = generate(project, "cached")
    real = plan.template_cache

    def vanishing() -> jinja2.BytecodeCache | None:
        cache = real()
        for entry in entries():
            entry.unlink()
        cache_folder().rmdir()  # writes now fail
        return cache

    monkeypatch.setattr(plan, "template_cache", vanishing)
    assert generate(project, "uncached") == expected
    assert not cache_folder().exists()


def test_hook_filters_use_no_cache(project: Path) -> None:
    (project / "hooks.py").write_text("FILTERS = {'shout': lambda text: str(text).upper()}\n")
    generate(project, "hooked", "--hooks", "hooks.py")
    assert not entries()


def test_the_fingerprint_follows_how_filters_are_called() -> None:
    env = plan.environment()
    before = fingerprint(env)
    env.filters["upper"] = lambda text: text.upper()  # called the same way: the same compiled code
    assert fingerprint(env) == before
    env.filters["upper"] = jinja2.pass_context(lambda context, text: text.upper())
    assert fingerprint(env) != before


def test_no_home_folder_is_no_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = generate(project, "cached")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored, as the XDG spec says
    monkeypatch.setenv("HOME", "nohome")  # and no home folder either
    assert plan.template_cache() is None
    assert generate(project, "uncached") == expected
    assert not (project / "relative").exists() and not (project / "nohome").exists()
