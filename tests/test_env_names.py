"""The environment variables a generated client reads are claimed in the IR: each credential's is
its own, and none is the base URL's."""

from __future__ import annotations

from pathlib import Path

from conftest import run_clientgen

from clientgen.pipeline import Settings, load_api

SPEC = """\
openapi: 3.0.3
info: {title: Keys, version: "1"}
paths:
  /a:
    get:
      responses: {"204": {description: none}}
security: [{base_url: []}, {api-key: []}, {api_key: []}]
components:
  securitySchemes:
    base_url: {type: apiKey, in: header, name: X-Base}
    api-key: {type: apiKey, in: header, name: X-Key}
    api_key: {type: apiKey, in: query, name: key}
"""


def test_credentials_and_the_base_url_never_share_an_environment_variable(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC)
    api = load_api(Settings(spec=tmp_path / "spec.yaml", package_name="keys"))
    envs = [s.env_var for s in api.security]
    assert api.base_url_env == "KEYS_BASE_URL"
    assert len(set(envs)) == 3 and api.base_url_env not in envs, envs
    assert envs[0] != "KEYS_BASE_URL" and envs[1] == "KEYS_API_KEY"
    made = run_clientgen("generate", str(tmp_path / "spec.yaml"), "-o", str(tmp_path / "sdk"), "--package-name", "keys")
    assert made.returncode == 0, made.stderr
    client = (tmp_path / "sdk" / "keys" / "_client.py").read_text()
    for name in [*envs, api.base_url_env]:
        assert f'"{name}"' in client, name
