"""The test server of tests/test_serialize_oracle.py: openapi-core parses each request it receives.

Run with the oracle's own interpreter (CLIENTGEN_ORACLE_PYTHON, the `.venv-oracle` that `make test`
installs from requirements/oracle.txt), never the generator's venv: openapi-core 0.23 needs an older
openapi-spec-validator than clientgen. It listens on 127.0.0.1 on a free port and prints
`listening on http://127.0.0.1:PORT` once it is ready.

- `PUT /__specs__/KEY` with an OpenAPI document (JSON) serves that document under `/KEY`.
- Any other request to `/KEY/...` is parsed by openapi-core against document KEY, as a server would.
  The answer (200, JSON) holds what openapi-core parsed (`parsed`, `body`, `errors`) and the raw
  request as it came in (`wire`): the path and query as sent, the headers, the body (base64) and,
  for a multipart body, its text parts as werkzeug's form parser reads them.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

SPECS: dict[str, OpenAPI] = {}


def plain(value: Any) -> Any:
    """What openapi-core returns, as JSON can carry it (bytes as {"base64": ...})."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"repr": repr(value)}


def register(key: str, request: Request) -> Response:
    spec = json.loads(request.get_data())
    spec["servers"] = [{"url": "/" + key}]  # served here, under /KEY
    try:
        SPECS[key] = OpenAPI.from_dict(spec)
    except Exception as exc:  # noqa: BLE001 - the test reports it
        return Response(f"invalid spec: {exc}", status=400)
    return Response(status=204)


def wire(key: str, request: Request) -> dict[str, Any]:
    """The request as it came in: the raw request target without the /KEY prefix."""
    raw_path, _, query = request.environ["RAW_URI"].removeprefix("/" + key).partition("?")
    parts: Iterable[tuple[str, str]] = request.form.items(multi=True) if request.mimetype == "multipart/form-data" else []
    return {
        "method": request.method,
        "path": raw_path,
        "query": query,
        "headers": list(request.headers.items()),
        "body": base64.b64encode(request.get_data()).decode("ascii"),
        "multipart": [list(p) for p in parts],
    }


def parse(key: str, request: Request) -> Response:
    if key not in SPECS:
        return Response(f"no spec registered as {key!r}", status=404)
    result = SPECS[key].unmarshal_request(WerkzeugOpenAPIRequest(request))
    params = result.parameters
    answer = {
        "parsed": {
            "path": plain(params.path),
            "query": plain(params.query),
            "header": {k.lower(): plain(v) for k, v in dict(params.header).items()},
            "cookie": plain(params.cookie),
        },
        "body": plain(result.body),
        "errors": [str(e) for e in result.errors],
        "wire": wire(key, request),
    }
    return Response(json.dumps(answer), content_type="application/json")


@Request.application
def application(request: Request) -> Response:
    first, _, rest = request.environ["RAW_URI"].lstrip("/").partition("/")
    if first == "__specs__" and request.method == "PUT":
        return register(rest, request)
    return parse(first.partition("?")[0], request)


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = make_server("127.0.0.1", 0, application, threaded=True)
    print(f"listening on http://127.0.0.1:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
