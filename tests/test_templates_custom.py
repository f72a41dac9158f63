"""Template customization: overlays, `{% extends %}` with one block overridden, export, hooks, error locations."""

from __future__ import annotations

import difflib
import re
import shlex
from pathlib import Path

import pytest
from teamwork import PETS, README, clientgen, readme_blocks

from clientgen.render.catalog import blocks, builtin_names
from clientgen.settings import BUILTIN_TEMPLATES


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pets.yaml").write_text(PETS)
    return tmp_path


def generate(project: Path, out: str, *flags: str) -> dict[str, str]:
    result = clientgen("generate", "pets.yaml", "-o", out, "--package-name", "pets", "-q", *flags, at=project)
    assert result.code == 0, result.err
    root = project / out
    return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*") if p.is_file() and ".clientgen" not in p.parts}


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_an_overlay_file_replaces_the_whole_template(project: Path) -> None:
    default = generate(project, "default")
    write(project / "tpl" / "docs" / "model.md.j2", "# {{ model.name }}\n\nOur own page: {{ model.fields | length }} fields.\n")
    custom = generate(project, "custom", "--templates", "tpl")
    assert custom["docs/Pet.md"] == "# Pet\n\nOur own page: 2 fields.\n"
    assert {p: t for p, t in custom.items() if p != "docs/Pet.md"} == {p: t for p, t in default.items() if p != "docs/Pet.md"}


def test_extends_overrides_one_block_of_a_model(project: Path) -> None:
    default = generate(project, "default")
    write(
        project / "tpl" / "client" / "package" / "models" / "model.py.j2",
        '{% extends "client/package/models/model.py.j2" %}\n'
        "{% block class_docstring %}\n"
        '    """{{ model.name }}, in house style."""\n'
        "{% endblock %}\n",
    )
    custom = generate(project, "custom", "--templates", "tpl")
    path = "pets/models/pet.py"
    # a model without a description has no docstring of its own: the block adds one (and black the blank line after it)
    assert changed_lines(default[path], custom[path]) == ['+     """Pet, in house style."""', "+ "]
    assert {p for p in default if default[p] != custom[p]} == {path}


def test_black_formats_what_an_overlay_writes(project: Path) -> None:
    """Only the built-in templates are trusted to write black's layout themselves."""
    write(
        project / "tpl" / "client" / "package" / "models" / "model.py.j2",
        '{% extends "client/package/models/model.py.j2" %}\n'
        "{% block class_docstring %}\n"
        "    '''{{ model.name }}.'''\n"
        "    house_style = {'a':1}\n"
        "{% endblock %}\n",
    )
    custom = generate(project, "custom", "--templates", "tpl")
    assert '    """Pet."""\n\n    house_style = {"a": 1}\n' in custom["pets/models/pet.py"]


def test_extends_overrides_one_field_with_super(project: Path) -> None:
    default = generate(project, "default")
    write(
        project / "tpl" / "client" / "package" / "models" / "model.py.j2",
        '{% extends "client/package/models/model.py.j2" %}\n'
        "{% block field %}\n"
        "{{ super() }}    # wire name: {{ f.wire_name }}\n"
        "{% endblock %}\n",
    )
    custom = generate(project, "custom", "--templates", "tpl")
    added = changed_lines(default["pets/models/pet.py"], custom["pets/models/pet.py"])
    assert added == ["+     # wire name: id", "+     # wire name: name"]


def test_extends_overrides_the_method_body_of_every_operation(project: Path) -> None:
    default = generate(project, "default")
    write(
        project / "tpl" / "client" / "package" / "api" / "group.py.j2",
        '{% extends "client/package/api/group.py.j2" %}\n'
        "{% block method_body %}\n"
        '        print("calling {{ op.operation_id }}{{ " (async)" if is_async }}")\n'
        "{{ super() }}"
        "{% endblock %}\n",
    )
    custom = generate(project, "custom", "--templates", "tpl")
    added = changed_lines(default["pets/api/pets.py"], custom["pets/api/pets.py"])
    assert added == ['+         print("calling listPets")', '+         print("calling listPets (async)")']


def test_extends_overrides_a_doc_section(project: Path) -> None:
    default = generate(project, "default")
    write(
        project / "tpl" / "docs" / "api.md.j2",
        '{% extends "docs/api.md.j2" %}\n{% block example %}\n### Example\n\nSee our cookbook for `{{ op.py_name }}`.\n\n{% endblock %}\n',
    )
    custom = generate(project, "custom", "--templates", "tpl")
    page = custom["docs/PetsApi.md"]
    assert "See our cookbook for `list_pets`." in page and "```python" not in page.split("## list_pets_with_http_info")[0]
    assert "### Parameters" in page
    assert {p for p in default if default[p] != custom[p]} == {"docs/PetsApi.md"}


def test_builtin_prefix_reaches_the_builtin_from_any_name(project: Path) -> None:
    write(project / "tpl" / "docs" / "model.md.j2", '{% extends "builtin/docs/model.md.j2" %}{% block example %}{% endblock %}')
    custom = generate(project, "custom", "--templates", "tpl")
    assert "## Example" not in custom["docs/Pet.md"] and "## Properties" in custom["docs/Pet.md"]


def test_templates_list(project: Path) -> None:
    result = clientgen("templates", "list", at=project)
    assert result.code == 0
    assert result.out.splitlines() == builtin_names()
    assert "client/package/models/model.py.j2" in result.out.splitlines()
    with_blocks = clientgen("templates", "list", "--blocks", at=project).out.splitlines()
    assert "client/package/models/model.py.j2  blocks: class_docstring, fields, field" in with_blocks
    assert "client/package/api/group.py.j2  blocks: class_docstring, method, method_signature, method_docstring, method_body" in with_blocks
    assert set(blocks("docs/api.md.j2")) >= {"example", "parameters", "return_type", "authorization", "responses"}


def test_templates_export_edit_generate_round_trip(project: Path) -> None:
    result = clientgen("templates", "export", "tpl", "client/package/models/model.py.j2", "docs/", at=project)
    assert result.code == 0, result.err
    exported = sorted(p.relative_to(project / "tpl").as_posix() for p in (project / "tpl").rglob("*.j2"))
    assert exported == ["client/package/models/model.py.j2", *sorted(n for n in builtin_names() if n.startswith("docs/"))]
    model = project / "tpl" / "client" / "package" / "models" / "model.py.j2"
    assert model.read_bytes() == (BUILTIN_TEMPLATES / "client/package/models/model.py.j2").read_bytes()

    unedited = generate(project, "unedited", "--templates", "tpl")
    assert unedited == generate(project, "default"), "exported templates render exactly like the built-in ones"

    model.write_text(model.read_text().replace('__all__ = ["{{ model.name }}"]', '__all__ = ["{{ model.name }}"]  # house style'))
    edited = generate(project, "edited", "--templates", "tpl")
    assert '__all__ = ["Pet"]  # house style' in edited["pets/models/pet.py"]


def test_templates_export_everything_and_refuse_to_overwrite(project: Path) -> None:
    assert clientgen("templates", "export", "tpl", at=project).code == 0
    assert sorted(p.relative_to(project / "tpl").as_posix() for p in (project / "tpl").rglob("*") if p.is_file()) == builtin_names()
    again = clientgen("templates", "export", "tpl", "docs/model.md.j2", at=project)
    assert again.code == 2 and "already exists; pass --force" in again.err
    assert clientgen("templates", "export", "tpl", "docs/model.md.j2", "--force", at=project).code == 0
    unknown = clientgen("templates", "export", "tpl", "docs/nope.j2", at=project)
    assert unknown.code == 2 and "no built-in template matches 'docs/nope.j2'" in unknown.err


def test_an_overlay_replaces_a_runtime_module_by_its_name_or_its_old_template_name(project: Path) -> None:
    default = generate(project, "default")
    assert clientgen("templates", "export", "tpl", "client/package/_errors.py", at=project).code == 0
    errors = project / "tpl" / "client" / "package" / "_errors.py"
    assert errors.read_text() == default["pets/_errors.py"]  # the runtime module, as every SDK gets it
    assert generate(project, "unedited", "--templates", "tpl") == default
    errors.write_text(errors.read_text() + "\n\nHOUSE_STYLE = True\n")
    write(project / "tpl" / "client" / "package" / "_types.py.j2", "API_TITLE = {{ api.title | pystr }}\n")  # its name as a template
    write(project / "tpl" / "client" / "package" / "_errors.py.j2", "IGNORED = 1\n")  # in one folder, the `.py` file wins
    custom = generate(project, "custom", "--templates", "tpl")
    assert custom["pets/_errors.py"] == default["pets/_errors.py"] + "\n\nHOUSE_STYLE = True\n"
    assert custom["pets/_types.py"] == 'API_TITLE = "Pets"\n'
    assert {p for p in default if default[p] != custom[p]} == {"pets/_errors.py", "pets/_types.py"}


def test_a_syntax_error_in_a_user_template_names_the_file_and_line(project: Path) -> None:
    bad = write(project / "tpl" / "docs" / "model.md.j2", "# {{ model.name }}\n\n{% if model.fields %}\nno endif\n")
    result = clientgen("generate", "pets.yaml", "-o", "out", "--templates", "tpl", at=project)
    assert result.code == 2
    assert result.err.startswith(f"error: {bad.relative_to(project)}:4: "), result.err
    assert not (project / "out").exists()


def test_a_render_error_in_a_user_template_names_the_file_and_line(project: Path) -> None:
    bad = write(
        project / "tpl" / "client" / "package" / "models" / "model.py.j2",
        '{% extends "client/package/models/model.py.j2" %}\n{% block field %}\n\n    {{ f.no_such_attribute }}\n{% endblock %}\n',
    )
    result = clientgen("generate", "pets.yaml", "-o", "out", "--templates", "tpl", at=project)
    assert result.code == 2
    assert result.err.startswith(f"error: {bad.relative_to(project)}:4: "), result.err
    assert "no_such_attribute" in result.err


HOOKS = '''
import dataclasses


def shout(text):
    return str(text).upper() + "!"


FILTERS = {"shout": shout}


def process_api(api):
    models = tuple(dataclasses.replace(m, description="Edited by process_api.") for m in api.models)
    return dataclasses.replace(api, models=models)
'''


def test_filters_and_ir_hooks_from_a_module_named_in_the_config(project: Path) -> None:
    (project / "house_hooks.py").write_text(HOOKS)
    write(project / "tpl" / "docs" / "model.md.j2", "# {{ model.name | shout }}\n\n{{ model.description }}\n")
    (project / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\ntemplates: tpl\nhooks: house_hooks\n")
    result = clientgen("generate", "-q", at=project)
    assert result.code == 0, result.err
    assert (project / "sdk" / "docs" / "Pet.md").read_text() == "# PET!\n\nEdited by process_api.\n"
    assert '"""Edited by process_api."""' in (project / "sdk" / "pets" / "models" / "pet.py").read_text()


def test_hooks_given_as_a_file_on_the_command_line(project: Path) -> None:
    write(project / "tools" / "hooks.py", HOOKS)
    write(project / "tpl" / "docs" / "model.md.j2", "{{ model.name | shout }}\n")
    out = generate(project, "out", "--hooks", "tools/hooks.py", "--templates", "tpl")
    assert out["docs/Pet.md"] == "PET!\n"


def test_a_failing_hook_is_named(project: Path) -> None:
    (project / "bad_hooks.py").write_text("def process_api(api):\n    raise RuntimeError('boom')\n")
    result = clientgen("generate", "pets.yaml", "-o", "out", "--hooks", "bad_hooks", at=project)
    assert result.code == 2
    assert "error: bad_hooks.process_api failed: RuntimeError: boom" in result.err
    missing = clientgen("generate", "pets.yaml", "-o", "out", "--hooks", "no_such_hooks", at=project)
    assert missing.code == 2 and "cannot import hooks module 'no_such_hooks'" in missing.err


def test_a_failing_user_filter_names_the_template_line(project: Path) -> None:
    (project / "hooks2.py").write_text("FILTERS = {'boom': lambda value: 1 / 0}\n")
    bad = write(project / "tpl" / "docs" / "model.md.j2", "# {{ model.name }}\n{{ model.name | boom }}\n")
    result = clientgen("generate", "pets.yaml", "-o", "out", "--hooks", "hooks2", "--templates", "tpl", at=project)
    assert result.code == 2
    assert result.err.startswith(f"error: {bad.relative_to(project)}:2: ZeroDivisionError"), result.err


def test_readme_customization_examples(tmp_path: Path) -> None:
    (toml,) = readme_blocks("Configuration", "toml")
    (commands,) = readme_blocks("Customizing templates", "sh")
    (extends,) = readme_blocks("Customizing templates", "jinja")
    (hooks,) = readme_blocks("Customizing templates", "python")
    (tmp_path / ".git").mkdir()
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "petstore.yaml").write_text(PETS)
    (tmp_path / "pyproject.toml").write_text(toml + 'templates = "clientgen-templates"\nhooks = "clientgen_hooks"\n')
    for line in commands.splitlines():
        argv = shlex.split(line)
        assert argv[0] == "clientgen"
        result = clientgen(*argv[1:], at=tmp_path)
        assert result.code == 0, result.err
    model = tmp_path / "clientgen-templates" / "client" / "package" / "models" / "model.py.j2"
    assert model.is_file() and (tmp_path / "clientgen-templates" / "docs" / "api.md.j2").is_file()
    model.write_text(extends)
    (tmp_path / "clientgen_hooks.py").write_text(hooks)
    docs_model = tmp_path / "clientgen-templates" / "docs" / "model.md.j2"
    docs_model.write_text(docs_model.read_text().replace("# {{ model.name }}\n", "# {{ model.name | shout }}\n", 1))
    result = clientgen("generate", at=tmp_path)
    assert result.code == 0, result.err
    pet = (tmp_path / "sdk" / "petstore" / "petstore" / "models" / "pet.py").read_text()
    assert '    """Pet: generated from the Petstore API, do not edit."""\n' in pet
    page = (tmp_path / "sdk" / "petstore" / "docs" / "Pet.md").read_text()
    assert page.startswith("# PET\n") and "Generated from the Petstore API." in page


def test_readme_block_table_matches_the_templates() -> None:
    text = README.read_text()
    section = text[text.index("\n## Customizing templates\n") :]
    rows = [line.split("|")[1:3] for line in section.splitlines() if line.startswith("| `")]
    documented = {cells[0].strip().strip("`"): set(re.findall(r"`(\w+)`", cells[1])) for cells in rows}
    actual = {name: set(blocks(name)) for name in builtin_names() if blocks(name)}
    assert documented == actual


def test_template_globals_are_copies_that_keep_to_their_template(tmp_path: Path) -> None:
    """`LayeredEnvironment.make_globals` gives each template a dict of its own (not Jinja's
    ChainMap): the environment's globals are in it, and its own stay out of the environment."""
    from clientgen.render.loader import LayeredEnvironment, LayeredLoader

    write(tmp_path / "a.j2", "{{ shared }} {{ own | default('-') }}")
    write(tmp_path / "b.j2", "{{ shared }} {{ own | default('-') }}")
    env = LayeredEnvironment(loader=LayeredLoader([tmp_path]))
    env.globals["shared"] = "everywhere"
    first = env.get_template("a.j2", globals={"own": "mine"})
    assert type(first.globals) is dict
    assert first.render() == "everywhere mine"
    assert env.get_template("b.j2").render() == "everywhere -"
    assert "own" not in env.globals
