"""Spec -> IR. Walks paths, operations and components in spec order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote

from ..errors import SpecError, pointer_join
from ..load.refs import RefResolver
from ..load.swagger2 import original_pointer, original_ref
from ..settings import Settings
from . import names
from .component_cache import ComponentCache, WarnCall, finder, recorded
from .diagnostic import Diagnostic, Warn
from .digest import derived_digest
from .distribution import build_distribution
from .links import link_base, unchanged_of, with_absolute_links
from .model import (
    Api,
    BodyKind,
    Encoding,
    Field,
    Group,
    Header,
    Model,
    Operation,
    Parameter,
    RequestBody,
    Response,
    ResponseKind,
    SecurityScheme,
    Server,
    ServerVariable,
    TypeRef,
    Webhook,
    is_default_style,
)
from .operation_cache import OperationCache, Session
from .pagination import detect_pagination
from .signature import build_signature, cli_example, example_args
from .streaming import detect_event_stream
from .typeref import ANY, BYTES, FILE, NONE, STR
from .types import SchemaTyper, pointer_join_str, union
from .wire import field_encoding, param_style, sample_value, sent_as

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HTTP_INFO = "_with_http_info"  # the suffix of each method's twin that returns the ApiResponse
DEFAULT_TAG = "default"
# Keyword arguments every generated method has, and `locals` (the method body calls it);
# spec parameters must not take them.
CALL_OPTIONS = frozenset({"body", "timeout", "extra_headers", "extra_query", "extra_body", "self", "locals"})
# Client attributes besides the API groups; and the names `Client.__init__` has besides credentials.
CLIENT_ATTRIBUTES = frozenset(
    "with_options close aclose request base_url timeout max_retries retry_non_idempotent retry_backoff "
    "default_headers".split()
)
CLIENT_INIT_NAMES = frozenset(
    "self base_url timeout max_retries retry_non_idempotent retry_backoff default_headers http_client "
    "transport env super".split()
)
_BODY_PREFERENCE: tuple[BodyKind, ...] = ("json", "multipart", "form", "binary", "text")
_Found = tuple[str, str, dict[str, Any], dict[str, Any], str]  # an operation's path, method, path item, data and pointer


def body_kind(content_type: str) -> BodyKind:
    ct = content_type.split(";")[0].strip().lower()
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    if ct == "multipart/form-data" or ct.startswith("multipart/"):
        return "multipart"
    if ct == "application/x-www-form-urlencoded":
        return "form"
    if ct.startswith("text/"):
        return "text"
    return "binary"


def response_kind(content_type: str) -> ResponseKind:
    ct = content_type.split(";")[0].strip().lower()
    if ct == "text/event-stream":
        return "sse"
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    if ct.startswith("text/"):
        return "text"
    return "binary"


@dataclass
class _Builder:
    """The state of one IR build: the spec, its resolver and settings, and the caches and warnings it fills."""

    spec: dict[str, Any]
    resolver: RefResolver
    settings: Settings
    package: str  # the settings' or the default (see `pipeline.build`)
    project: str  # a normalized distribution name (see `distribution.checked_name`)
    examples: bool = True  # False: leave every example value None (for a build only compared, never rendered)
    components: ComponentCache | None = None  # the last run's component models, and this run's to keep
    operations: OperationCache | None = None  # the last run's operations, and this run's to keep
    warnings: list[Diagnostic] = field(default_factory=list)
    heard: list[WarnCall] | None = None  # when a list: each warning is added to it too (see `operation_cache`)

    def __post_init__(self) -> None:
        self.base = self.resolver.root.uri
        self.typer = SchemaTyper(self.resolver, self.warn, examples=self.examples)

    # ---- helpers ---------------------------------------------------------------------------
    def deref(self, node: Any, base: str, pointer: str) -> tuple[Any, str, str]:
        return self.typer.deref(node, base, pointer)

    def error(self, message: str, pointer: str, base: str | None = None) -> SpecError:
        return SpecError(message, *self.locate(pointer, base))

    def warn(self, message: str, pointer: str | None = None, base: str | None = None) -> None:
        """Record a warning at `pointer` in the document `base` (the root when None)."""
        if self.heard is not None:
            self.heard.append((message, pointer, base))
        if pointer is None:
            self.warnings.append(Diagnostic("warning", message))
            return
        file, pointer, line = self.locate(pointer, base)
        self.warnings.append(Diagnostic("warning", message, file, line, pointer))

    def locate(self, pointer: str, base: str | None = None) -> tuple[str, str, int | None]:
        """The file, pointer and line the user wrote the value at `pointer` of `base` in."""
        doc = self.resolver.document(base or self.base)
        if doc.swagger2 is not None:  # say where in the 2.0 file the user wrote it
            pointer = original_pointer(doc.swagger2, pointer)
        return str(doc.path), pointer, doc.line_of(pointer)

    def spelled(self, ref: str, base: str) -> str:
        """A `$ref` as its document spells it (2.0 refs were rewritten by the upgrade)."""
        return original_ref(ref) if self.resolver.document(base).swagger2 is not None else ref

    # ---- top level -------------------------------------------------------------------------
    def build(self) -> Api:
        info = _mapping(self.spec.get("info"))
        schemes = self.security_schemes()
        ops_by_tag: dict[str, list[Operation]] = {}
        tag_docs = {
            t["name"]: t.get("description", "")
            for t in _list(self.spec.get("tags"))
            if isinstance(t, dict) and isinstance(t.get("name"), str)
        }
        # every named schema becomes a model named after it, even when no operation uses it
        schemas = _mapping(_mapping(self.spec.get("components")).get("schemas"))
        self.typer.preferred_names.update({id(s): str(n) for n, s in schemas.items() if isinstance(s, dict)})
        session = self.operation_session(self.component_models(schemas))
        operations = self.collect_operations()
        attr_namer = names.Namer(CLIENT_ATTRIBUTES)
        method_namers: dict[str, names.Namer] = {}
        group_of: dict[str, tuple[str, str]] = {}
        tag_order = list(tag_docs)
        for _, _, _, op, _ in operations:
            tag = _tag_of(op)
            if tag not in tag_order:
                tag_order.append(tag)
        for tag in tag_order:
            group_of[tag] = (
                self.typer.class_names.claim(names.pascal(tag) + "Api", twins=("Async",)),
                attr_namer.claim(names.safe(names.snake(tag))),
            )
        op_ids = names.Namer(identifiers=False)
        for found in operations:
            tag = _tag_of(found[3])
            cls_name = group_of[tag][0]
            namer = method_namers.setdefault(cls_name, names.Namer(CALL_OPTIONS))
            built = self.kept_operation(session, found, cls_name, namer, op_ids)
            ops_by_tag.setdefault(tag, []).append(built)
        if session is not None:
            session.finish(self.resolver, self.base)
        for tag, ops in ops_by_tag.items():  # variants once every main method of the group has its name
            ops[:] = [self.name_variants(op, method_namers[group_of[tag][0]]) for op in ops]
        groups = []
        # api/<module>.py, and tests/test_<module>.py beside the client's own tests/test_sdk.py;
        # never a keyword (`from .api.class import`)
        modules = names.Namer({"__init__", "sdk", *names.WINDOWS_DEVICES})
        for tag in tag_order:
            if tag not in ops_by_tag:
                continue
            cls_name, attr = group_of[tag]
            groups.append(
                Group(
                    tag=tag,
                    class_name=cls_name,
                    attr_name=attr,
                    module=modules.claim(names.snake(cls_name[: -len("Api")] or cls_name)),
                    description=str(tag_docs.get(tag) or ""),
                    operations=tuple(ops_by_tag[tag]),
                )
            )
        title = str(info.get("title") or "API")
        package = self.package
        servers = self.servers()
        distribution = build_distribution(self.spec, servers, version=self.settings.project_version, warn=self.warn)
        api = Api(
            title=title,
            version="" if info.get("version") is None else str(info["version"]),
            description=str(info.get("description") or ""),
            openapi_version=str(self.spec.get("openapi") or self.spec.get("swagger") or ""),
            package=package,
            project=self.project,
            env_prefix=package.upper(),
            servers=servers,
            security=schemes,
            groups=tuple(groups),
            models=_with_inherited_imports(_break_import_cycles(sorted(self.typer.models.values(), key=lambda m: m.name), self.warn)),
            distribution=distribution,
            default_security=self.security_requirements(self.spec.get("security"), schemes),
            webhooks=self.webhooks(),
            warnings=tuple(self.warnings),
        )
        return self.with_links(api, link_base(self.spec, [s.default_url for s in servers]))

    def with_links(self, api: Api, base: str | None) -> Api:
        """`with_absolute_links`, skipping the models and operations the caches know (by digest) to
        hold no root-relative link (see `ComponentCache.link_free`), and telling the caches which
        of this run's they know are so."""
        if self.components is None:
            return with_absolute_links(api, base)
        known = [*self.components.digests.values(), *(self.operations.digests.values() if self.operations else ())]
        free = self.components.link_free
        done, unchanged = unchanged_of(api, base, [node for node, _ in known], [node for node, digest in known if digest in free])
        left = {id(node) for node in unchanged}
        self.components.link_free_now = {digest for node, digest in known if id(node) in left}
        return done

    def component_models(self, schemas: dict[str, Any]) -> str | None:
        """Type every component schema, or take up the last run's typing of the same components
        (see `component_cache`); the components' key, None when there is none."""
        cache = self.components if self.examples else None
        key = cache.key(self.spec, self.resolver) if cache is not None else None
        if cache is None or key is None:
            for name in schemas:
                self.typer.named(_schema_ref(str(name)), self.base, str(name))
            return None
        find = finder(self.spec, self.base)
        warnings = cache.take_up(key, self.typer, find)
        if warnings is not None:
            for message, pointer, base in warnings:
                self.warn(message, pointer, base)
            return key
        with recorded(self.typer) as warnings:
            for name in schemas:
                self.typer.named(_schema_ref(str(name)), self.base, str(name))
        cache.keep(key, self.typer, warnings, self.resolver, find)
        return key

    def operation_session(self, components: str | None) -> Session | None:
        """This build's pass over the operations, taking up the last run's (see `operation_cache`)."""
        if components is None or self.operations is None:
            return None
        return self.operations.session(components, self.resolver, self.typer, finder(self.spec, self.base))

    def kept_operation(self, session: Session | None, found: _Found, group: str, namer: names.Namer, op_ids: names.Namer) -> Operation:
        """`operation` of one of `collect_operations`, or the last run's build of it (see `operation_cache`)."""
        if session is None:
            return self.operation(*found, group, namer, op_ids)
        path, method, item, op, ptr = found
        # everything `operation` reads besides the typer's state after the components and other operations' names
        key = session.key(
            [path, method, ptr, item["__base__"], item["__ptr__"], item["__opbase__"], group, self.package, self.project],
            op,
            item.get("parameters"),
            self.spec.get("security"),
        )
        namers = {"class": self.typer.class_names, "module": self.typer._modules, "op_ids": op_ids, "method": namer}

        def build(heard: list[WarnCall]) -> Operation:
            self.heard = heard
            try:
                return self.operation(*found, group, namer, op_ids)
            finally:
                self.heard = None

        return session.operation(key, namers, self.warn, build)

    def collect_operations(self) -> list[_Found]:
        paths = self.spec.get("paths") or {}
        if not isinstance(paths, dict):
            raise self.error("'paths' must be a mapping", "/paths")
        found = []
        for path, item in paths.items():
            ptr = pointer_join_str("/paths", str(path))
            item, ibase, iptr = self.deref(item, self.base, ptr)
            if not isinstance(item, dict):
                raise self.error("a path item must be a mapping", ptr)
            for method in item:
                if method in HTTP_METHODS and isinstance(item[method], dict):
                    # some real specs (DigitalOcean) keep each operation in a file of its own
                    op, obase, optr = self.deref(item[method], ibase, pointer_join_str(iptr, method))
                    if isinstance(op, dict):
                        found.append((str(path), method, {**item, "__base__": ibase, "__ptr__": iptr, "__opbase__": obase}, op, optr))
        self.unique_operation_ids(found)
        return found

    def unique_operation_ids(self, operations: list[_Found]) -> None:
        """OpenAPI requires unique operationIds; renaming one would silently rename a method."""
        first: dict[str, tuple[str, str]] = {}
        for _, _, item, op, ptr in operations:
            op_id = op.get("operationId")
            if not isinstance(op_id, str):
                continue
            here = (pointer_join_str(ptr, "operationId"), item["__opbase__"])
            if op_id in first:
                where, base = first[op_id]
                doc = self.resolver.document(base)
                raise self.error(
                    f"duplicate operationId {op_id!r}, first used at {doc.path.name}:{doc.line_of(where)} {where}; operationIds must be unique",
                    *here,
                )
            first[op_id] = here

    # ---- operations ------------------------------------------------------------------------
    def operation(
        self,
        path: str,
        method: str,
        item: dict[str, Any],
        op: dict[str, Any],
        ptr: str,
        group: str,
        namer: names.Namer,
        op_ids: names.Namer,
    ) -> Operation:
        base = item["__opbase__"]
        raw_id = op.get("operationId")
        if not isinstance(raw_id, str) or not raw_id.strip():
            raw_id = names.snake(f"{method} {path}")
        if raw_id in op_ids.taken:
            self.warn(f"duplicate operationId {raw_id!r}; renamed", ptr, base)
        op_id = op_ids.claim(raw_id)
        # the `_with_http_info` twin is claimed with the method: the CLI calls it by that exact name
        py_name = namer.claim(names.safe(names.snake(op_id), names.ANNOTATION_NAMES), suffixes=(HTTP_INFO,))
        http_info = py_name + HTTP_INFO
        hint = names.pascal(op_id)
        params = self.parameters(path, item, op, base, ptr, hint)
        bodies, body_required = self.request_bodies(op, base, ptr, hint)
        body = bodies[0] if bodies else None
        if body is not None and body.fields:
            body = self.name_body_fields(body, params)
        responses = self.responses(op, base, ptr, hint)
        returns, return_kind = self.success_type(responses)
        accept = tuple(dict.fromkeys(r.content_type for r in responses if r.content_type and r.status.startswith("2")))
        security = self.security_requirements(
            op["security"] if "security" in op else self.spec.get("security"), None
        )
        args, overloads, body_mode = build_signature(params, body, body_required)
        return Operation(
            args=args,
            overloads=overloads,
            body_mode=body_mode,  # type: ignore[arg-type]
            example_args=example_args(params, body, body_required),
            cli_example=cli_example(names.kebab(op_id), params, body, body_required),
            operation_id=op_id,
            py_name=py_name,
            cli_name=names.kebab(op_id),
            http_method=method.upper(),
            path=path,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            deprecated=bool(op.get("deprecated")),
            params=params,
            body=body,
            bodies=tuple([body, *bodies[1:]]) if body else (),
            body_required=body_required,
            responses=responses,
            returns=returns,
            return_kind=return_kind,
            accept=accept,
            security=security,
            group=group,
            pagination=detect_pagination(op, method, params, returns, return_kind, self.typer.model_fields, self.warn, ptr, base),
            event_stream=detect_event_stream(self.typer, op, base, ptr, hint, body),
            http_info_method=http_info,
        )

    def parameters(self, path: str, item: dict[str, Any], op: dict[str, Any], base: str, ptr: str, hint: str) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[Any, str, str]] = {}
        sources = [(item.get("parameters"), item["__base__"], item["__ptr__"]), (op.get("parameters"), base, ptr)]
        for raw, pbase, pptr in sources:
            if not isinstance(raw, list):
                continue
            for i, entry in enumerate(raw):
                eptr = pointer_join_str(pptr, "parameters", i)
                p, rbase, rptr = self.deref(entry, pbase, eptr)
                if not isinstance(p, dict) or not isinstance(p.get("name"), str) or p.get("in") not in ("path", "query", "header", "cookie"):
                    need = "a parameter needs a 'name' and an 'in' of path, query, header or cookie"
                    if isinstance(entry, dict) and isinstance(entry.get("$ref"), str):  # say so where the $ref is
                        beside = "; keys beside a $ref are ignored" if entry.keys() - {"$ref"} else ""
                        raise self.error(f"$ref {self.spelled(entry['$ref'], pbase)!r} does not lead to a parameter ({need}{beside})", eptr, pbase)
                    raise self.error(need, rptr, rbase)
                if p["in"] == "header" and p["name"].lower() in ("accept", "content-type", "authorization"):
                    continue  # OpenAPI: these header parameters are ignored (the client sets them itself)
                if p["in"] == "header" and p["name"].lower() == "content-length":
                    self.warn(f"header parameter {p['name']!r} ignored; the client sends the body's real length", rptr, rbase)
                    continue
                merged[(p["in"], p["name"])] = (p, rbase, rptr)
        namer = names.Namer(CALL_OPTIONS)
        typed = []
        for (loc, wire), (p, rbase, rptr) in merged.items():
            schema = p.get("schema")
            sptr = pointer_join_str(rptr, "schema")
            content_type = None
            if schema is None and isinstance(p.get("content"), dict) and p["content"]:
                ct, media = next(iter(p["content"].items()))
                content_type = str(ct)
                schema = media.get("schema") if isinstance(media, dict) else None
                sptr = pointer_join_str(rptr, "content", ct, "schema")
            t = self.typer.type_of(schema, rbase, sptr, hint + names.pascal(wire)) if schema is not None else STR
            resolved_schema, _, _ = self.typer.schema_deref(schema, rbase, sptr) if isinstance(schema, dict) else ({}, rbase, sptr)
            resolved_schema = resolved_schema if isinstance(resolved_schema, dict) else {}
            typed.append((loc, wire, p, t, resolved_schema, content_type))
        # path parameters first, in the order they appear in the path template
        order = {n: i for i, n in enumerate(re.findall(r"{([^}]+)}", path))}
        typed.sort(key=lambda x: (x[0] != "path", order.get(x[1], 0)))
        shadowed = frozenset(i for _, _, _, t, _, _ in typed for i in t.names)
        out = []
        for loc, wire, p, t, schema, content_type in typed:
            example = p.get("example")
            if example is None and isinstance(p.get("examples"), dict) and p["examples"]:
                first = next(iter(p["examples"].values()))
                example = first.get("value") if isinstance(first, dict) else None
            if example is None:
                example = self.typer.sample(schema, base)
            out.append(
                Parameter(
                    wire_name=wire,
                    py_name=names.field_name(wire, namer, shadowed),
                    location=loc,  # type: ignore[arg-type]
                    type=t,
                    required=bool(p.get("required")) or loc == "path",
                    description=str(p.get("description") or schema.get("description") or ""),
                    default=schema.get("default"),
                    has_default="default" in schema,
                    deprecated=bool(p.get("deprecated")),
                    example=example,
                    **self.param_wire(loc, wire, p, t, example, content_type),
                )
            )
        return tuple(out)

    def param_wire(self, loc: str, wire: str, p: dict[str, Any], t: TypeRef, example: Any, content_type: str | None) -> dict[str, Any]:
        """A parameter's style, explode, allowReserved and content type, and its docs sample."""
        style, explode = param_style(p, loc)
        allow_reserved = p.get("allowReserved") is True and loc == "query"
        fields: dict[str, Any] = {"style": style, "explode": explode, "allow_reserved": allow_reserved, "content_type": content_type}
        if not is_default_style(loc, style, explode, allow_reserved, content_type) or t.json_kind == "object":
            if t.json_kind == "object" and not (isinstance(example, dict) and example) and t.model:
                example = {f.wire_name: sample_value(f.type, f.example) for f in self.typer.model_fields(t.model)[:2]}
            fields["sent_as"] = sent_as(loc, wire, sample_value(t, example), style, explode, allow_reserved, content_type)
        return fields

    def request_bodies(self, op: dict[str, Any], base: str, ptr: str, hint: str) -> tuple[list[RequestBody], bool]:
        raw = op.get("requestBody")
        if raw is None:
            return [], False
        rb, rbase, rptr = self.deref(raw, base, pointer_join_str(ptr, "requestBody"))
        if not isinstance(rb, dict) or not isinstance(rb.get("content"), dict):
            raise self.error("a request body needs a 'content' mapping", rptr, rbase)
        bodies = []
        for ct, media in rb["content"].items():
            media = media if isinstance(media, dict) else {}
            kind = body_kind(str(ct))
            schema = media.get("schema")
            mptr = pointer_join_str(rptr, "content", str(ct), "schema")
            if schema is None:
                t = FILE if kind == "binary" else ANY
            else:
                t = self.typer.type_of(schema, rbase, mptr, hint + "Request")
            if kind == "binary":
                t = FILE
            fields = self.typer.model_fields(t.model) if t.model and t.is_object and kind in ("json", "multipart", "form") and not t.nullable else ()
            example = media.get("example")
            if example is None and schema is not None:
                example = self.typer.sample(schema, rbase)
            encoding = self.body_encoding(media, fields, kind, example) if kind in ("form", "multipart") else ()
            bodies.append(RequestBody(content_type=str(ct), kind=kind, type=t, required=bool(rb.get("required")), description=str(rb.get("description") or ""), fields=fields, example=example, encoding=encoding))
        bodies.sort(key=lambda b: _BODY_PREFERENCE.index(b.kind))
        return bodies, bool(rb.get("required"))

    def body_encoding(self, media: dict[str, Any], fields: tuple[Field, ...], kind: BodyKind, example: Any) -> tuple[Encoding, ...]:
        """The `encoding` entries of a form or multipart body's fields, in field order."""
        raw = _mapping(media.get("encoding"))
        examples = example if isinstance(example, dict) else {}
        found = (
            field_encoding(f.wire_name, raw.get(f.wire_name), f.type, examples.get(f.wire_name, f.example), kind == "multipart")
            for f in fields
        )
        return tuple(e for e in found if e is not None)

    def name_variants(self, op: Operation, namer: names.Namer) -> Operation:
        """Claim the names of the operation's `_stream`, `_to_file` and `_iter` methods; a variant whose
        name another method of the group has is left out (and the build says so)."""
        wanted = {
            "stream_method": ("_stream", op.event_stream is not None),
            "to_file_method": ("_to_file", op.return_kind == "binary"),
            "iter_method": ("_iter", op.pagination is not None),
        }
        claimed: dict[str, str | None] = {}
        for key, (suffix, has) in wanted.items():
            name = op.py_name + suffix
            if has and namer.is_free(name):
                claimed[key] = namer.claim(name)
            elif has:
                self.warn(f"{op.group}.{op.py_name}: no `{name}` method, since another method of the group has that name", pointer_join("paths", op.path, op.http_method.lower()))
        taken = {a.name for a in op.args}
        stream, to_file, iter_ = claimed.get("stream_method"), claimed.get("to_file_method"), claimed.get("iter_method")
        destination = names.suffixed("destination", taken.__contains__)
        variants = (stream, to_file, iter_, destination)
        if variants == (op.stream_method, op.to_file_method, op.iter_method, op.destination_arg):
            return op  # the same object: a digest the operation cache knows of it holds
        named = replace(op, stream_method=stream, to_file_method=to_file, iter_method=iter_, destination_arg=destination)
        digests = self.operations.digests if self.operations is not None else {}
        known = digests.get(id(op))
        if known is not None and known[0] is op:
            digests[id(named)] = (named, derived_digest(known[1], variants))
        return named

    def name_body_fields(self, body: RequestBody, params: tuple[Parameter, ...]) -> RequestBody:
        """Body fields become keyword arguments: keep their model names unless a parameter has it."""
        taken = {p.py_name for p in params} | CALL_OPTIONS
        fields = []
        for f in body.fields:
            name = names.suffixed(f.py_name, taken.__contains__)
            taken.add(name)
            fields.append(replace(f, py_name=name))
        return replace(body, fields=tuple(fields))

    def responses(self, op: dict[str, Any], base: str, ptr: str, hint: str) -> tuple[Response, ...]:
        raw = op.get("responses")
        if raw is None:  # optional since OpenAPI 3.1
            return ()
        if not isinstance(raw, dict):
            raise self.error("'responses' must be a mapping", pointer_join_str(ptr, "responses"), base)
        out = []
        for status, resp in raw.items():
            status = str(status)
            rptr = pointer_join_str(ptr, "responses", status)
            resp, rbase, rptr = self.deref(resp, base, rptr)
            if not isinstance(resp, dict):
                continue
            headers = []
            for hname, h in _mapping(resp.get("headers")).items():
                hptr = pointer_join_str(rptr, "headers", str(hname))
                h, hbase, hptr = self.deref(h, rbase, hptr)
                h = h if isinstance(h, dict) else {}
                ht = self.typer.type_of(h["schema"], hbase, pointer_join_str(hptr, "schema"), hint + names.pascal(str(hname))) if isinstance(h.get("schema"), dict) else STR
                headers.append(Header(wire_name=str(hname), type=ht, description=str(h.get("description") or "")))
            content = _mapping(resp.get("content"))
            suffix = "Response" if status.startswith("2") else names.pascal(f"error {status}")
            # an event stream only when nothing else is offered: a body that can be either is streamed on request
            choices = sorted(content.items(), key=lambda kv: ("json", "text", "binary", "sse").index(response_kind(str(kv[0]))))
            ctype: str | None = None
            kind: ResponseKind = "empty"
            t: TypeRef | None = None
            example: Any = None
            if choices:
                ct, media = choices[0]
                ctype = str(ct)
                kind = response_kind(ctype)
                media = media if isinstance(media, dict) else {}
                if kind == "json" and media.get("schema") is not None:
                    t = self.typer.type_of(media["schema"], rbase, pointer_join_str(rptr, "content", ctype, "schema"), hint + suffix)
                elif kind == "json":
                    t = ANY
                elif kind == "sse":
                    item = media.get("itemSchema") or media.get("schema")
                    t = self.typer.type_of(item, rbase, pointer_join_str(rptr, "content", ctype, "schema"), hint + "Event") if isinstance(item, dict) else ANY
                elif kind == "text":
                    t = STR
                else:
                    t = BYTES
                if kind in ("json", "sse"):
                    example = self.response_example(media, rbase)
            out.append(Response(status=status, description=str(resp.get("description") or ""), content_type=ctype, kind=kind, type=t, headers=tuple(headers), example=example))
        return tuple(out)

    def response_example(self, media: dict[str, Any], base: str) -> Any:
        """A response body for the generated tests' mocks, valid against the schema (so not
        the spec's examples, which sometimes break it)."""
        schema = media.get("itemSchema") or media.get("schema")
        return self.typer.sample(schema, base, examples=False) if schema is not None else None

    def success_type(self, responses: tuple[Response, ...]) -> tuple[TypeRef, ResponseKind]:
        ok = [r for r in responses if r.status.startswith("2")] or [r for r in responses if r.status == "default"]
        if not ok:
            return NONE, "empty"
        kinds = {r.kind for r in ok if r.kind != "empty"}
        kind: ResponseKind = "empty"
        order: tuple[ResponseKind, ...] = ("sse", "binary", "json", "text")
        for k in order:
            if k in kinds:
                kind = k
                break
        types = [r.type for r in ok if r.type is not None and r.kind == kind]
        if not types:
            return NONE, "empty"
        t = union(types)
        return t, kind

    def webhooks(self) -> tuple[Webhook, ...]:
        out = []
        for name, item in _mapping(self.spec.get("webhooks")).items():
            ptr = pointer_join_str("/webhooks", str(name))
            item, ibase, iptr = self.deref(item, self.base, ptr)
            for method, op in _mapping(item).items():
                if method not in HTTP_METHODS or not isinstance(op, dict):
                    continue
                payload = None
                bodies, _ = self.request_bodies(op, ibase, pointer_join_str(iptr, method), names.pascal(f"{name} webhook"))
                if bodies:
                    payload = bodies[0].type
                out.append(Webhook(str(name), method.upper(), str(op.get("summary") or ""), str(op.get("description") or ""), payload))
        return tuple(out)

    # ---- security and servers --------------------------------------------------------------
    def security_schemes(self) -> tuple[SecurityScheme, ...]:
        raw = _mapping(_mapping(self.spec.get("components")).get("securitySchemes"))
        out = []
        namer = names.Namer(CLIENT_INIT_NAMES)
        # each credential's environment variable is its own, and never the base URL's (see Api.base_url_env)
        env_names = names.Namer({names.base_url_env(self.package.upper())})
        for name, s in raw.items():
            ptr = pointer_join_str("/components/securitySchemes", str(name))
            s, sbase, _ = self.deref(s, self.base, ptr)
            if not isinstance(s, dict):
                continue
            kind = s.get("type")
            py_name = namer.claim(names.snake(str(name)))
            env = env_names.claim(names.constant(self.package + "_" + str(name)))
            common = {"name": str(name), "py_name": py_name, "env_var": env, "description": str(s.get("description") or "")}
            http_scheme = str(s.get("scheme") or "")
            if kind == "http" and http_scheme.lower() in ("basic", "bearer"):
                out.append(SecurityScheme(kind=http_scheme.lower(), **common))  # type: ignore[arg-type]
            elif kind == "http":  # signature, digest, ...: never a silent Bearer
                self.warn(
                    f"HTTP authentication scheme {http_scheme!r} is not built in; the client sends no "
                    "credential for it: sign requests with Client(request_hook=...) (see the generated README)",
                    ptr,
                )
                out.append(SecurityScheme(kind="http", http_scheme=http_scheme, **common))  # type: ignore[arg-type]
            elif kind == "apiKey" and s.get("in") in ("header", "query", "cookie"):
                out.append(SecurityScheme(kind="api_key", location=s["in"], param_name=str(s.get("name") or name), **common))
            elif kind == "oauth2":
                cc = _mapping(_mapping(s.get("flows")).get("clientCredentials"))
                out.append(SecurityScheme(kind="oauth2", token_url=cc.get("tokenUrl"), **common))  # type: ignore[arg-type]
            elif kind == "openIdConnect":
                out.append(SecurityScheme(kind="openid", **common))  # type: ignore[arg-type]
            else:
                self.warn(f"security scheme type {kind!r} is not supported; ignored", ptr)
        return tuple(out)

    def security_requirements(self, raw: Any, _schemes: object) -> tuple[tuple[str, ...], ...]:
        if not isinstance(raw, list):
            return ()
        return tuple(tuple(str(k) for k in req) for req in raw if isinstance(req, dict))

    def servers(self) -> tuple[Server, ...]:
        out = []
        for s in _list(self.spec.get("servers")):
            if not isinstance(s, dict) or not isinstance(s.get("url"), str):
                continue
            variables = tuple(
                ServerVariable(name=str(k), default=str(v.get("default", "")), enum=tuple(str(e) for e in _list(v.get("enum"))), description=str(v.get("description") or ""))
                for k, v in _mapping(s.get("variables")).items()
                if isinstance(v, dict)
            )
            out.append(Server(url=s["url"], description=str(s.get("description") or ""), variables=variables))
        return tuple(out)


def _reach(start: str, edges: dict[str, set[str]]) -> set[str]:
    """Every node reachable from `start` in one step or more."""
    seen: set[str] = set()
    todo = list(edges.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, ()))
    return seen


def _spell_out(t: TypeRef, aliases: dict[str, Model]) -> TypeRef:
    """`t` with these aliases replaced by the types they stand for."""
    for _ in range(len(aliases) + 1):  # an alias may stand for another one
        if not any(m in aliases for m in t.models):
            return t
        t = t.replaced(lambda part: _alias_of(aliases[part.name]) if part.kind == "model" and part.name in aliases else None)
    return t


def _alias_of(model: Model) -> TypeRef:
    assert model.alias_of is not None
    return model.alias_of


def _spell_out_cyclic_aliases(models: list[Model]) -> list[Model]:
    """E.g. an expression tree: a union (an alias) of objects whose fields are the union."""
    by_name = {m.name: m for m in models}
    imports = {m.name: set(m.imports) for m in models}
    importers: dict[str, set[str]] = {}
    for name, deps in imports.items():
        for dep in deps:
            importers.setdefault(dep, set()).add(name)
    cyclic: dict[str, dict[str, Model]] = {}  # object model -> aliases on a cycle through it
    for alias in (m for m in models if m.kind == "alias"):
        for name in _reach(alias.name, imports) & _reach(alias.name, importers):
            if name in by_name and by_name[name].kind == "object":
                cyclic.setdefault(name, {})[alias.name] = alias
    out = []
    for m in models:
        aliases = cyclic.get(m.name)
        if not aliases:
            out.append(m)
            continue
        fields = tuple(replace(f, type=_spell_out(f.type, aliases)) for f in m.fields)
        extra_type = _spell_out(m.extra_type, aliases) if m.extra_type else None
        named = {n for f in fields for n in f.type.models} | set(extra_type.models if extra_type else ()) | ({m.base} if m.base else set())
        out.append(replace(m, fields=fields, extra_type=extra_type, imports=tuple(sorted(named - {m.name}))))
    return out


def _break_import_cycles(models: list[Model], warn: Warn) -> list[Model]:
    """A model module imports its base class, and an alias module the models it names, first
    thing; other models it imports last. A cycle through such a first import breaks: loading
    the subclass (or alias) first meets it half-loaded. So a subclass whose base leads back to
    it copies the base's fields instead of inheriting them, aliases that lead back to
    themselves through aliases alone are typed as Any (as one naming itself is), and a model
    on a cycle through an alias spells the alias out."""
    return _spell_out_cyclic_aliases(_untie_alias_cycles(_flatten_cyclic_bases(models), warn))


def _untie_alias_cycles(models: list[Model], warn: Warn) -> list[Model]:
    kinds = {m.name: m.kind for m in models}
    edges = {m.name: {n for n in m.imports if kinds.get(n) == "alias"} for m in models if m.kind == "alias"}
    out = []
    for m in models:
        if m.kind == "alias" and m.name in _reach(m.name, edges):
            where = m.wire_name if m.wire_name.startswith("/") else pointer_join("components", "schemas", m.wire_name)
            warn(f"schema {m.wire_name!r} refers to itself through other aliases, without an object; typed as Any", where)
            edges[m.name] = set()
            m = replace(m, alias_of=ANY, imports=())
        out.append(m)
    return out


def _flatten_cyclic_bases(models: list[Model]) -> list[Model]:
    by_name = {m.name: m for m in models}
    imports = {m.name: set(m.imports) for m in models}

    def all_fields(model: Model) -> tuple[Field, ...]:
        parent = by_name.get(model.base) if model.base else None
        own = {f.wire_name for f in model.fields}
        inherited = tuple(f for f in (all_fields(parent) if parent else ()) if f.wire_name not in own)
        return inherited + model.fields

    out = []
    for m in models:
        if m.base is None or m.name not in _reach(m.base, imports) | {m.base}:
            out.append(m)
            continue
        fields: list[Field] = []
        taken: set[str] = set()
        for f in all_fields(m):
            name = names.suffixed(f.py_name, taken.__contains__)  # an inherited field and an own one may share one
            taken.add(name)
            fields.append(replace(f, py_name=name))
        named = {n for f in fields for n in f.type.models} | set(m.extra_type.models if m.extra_type else ())
        out.append(replace(m, base=None, fields=tuple(fields), imports=tuple(sorted(named - {m.name}))))
    return out


def _with_inherited_imports(models: list[Model]) -> tuple[Model, ...]:
    """pydantic evaluates inherited annotations that name models (not yet defined when the
    parent class was) in the subclass's module, so a subclass module must also import every
    model its ancestors' fields name, and the standard names beside them (`Literal`, ...)."""
    by_name = {m.name: m for m in models}

    def ancestors(model: Model, seen: frozenset[str]) -> list[Model]:
        if model.base is None or model.base in seen or model.base not in by_name:
            return []
        parent = by_name[model.base]
        return [parent, *ancestors(parent, seen | {model.name})]

    out = []
    for m in models:
        parents = ancestors(m, frozenset())
        extra = {n for p in parents for n in p.imports} - set(m.imports) - {m.name}
        annotations = tuple(dict.fromkeys(f.annotation_type for p in parents for f in p.fields if f.type.models))
        if extra or annotations:
            m = replace(m, imports=tuple(sorted({*m.imports, *extra})), inherited_annotations=annotations)
        out.append(m)
    return tuple(out)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _tag_of(op: dict[str, Any]) -> str:
    """Operations are grouped by their first tag; untagged ones go to the default group."""
    tags = op.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else DEFAULT_TAG


def _schema_ref(name: str) -> str:
    """A `$ref` to a component schema: a URI fragment, so percent-encoded (a URI drops
    newlines and tabs, and reads `%41` as `A`)."""
    return "#" + quote(pointer_join("components", "schemas", name), safe="/~")


def build_api(
    spec: dict[str, Any],
    resolver: RefResolver,
    settings: Settings,
    *,
    package: str,
    project: str,
    examples: bool = True,
    components: ComponentCache | None = None,
    operations: OperationCache | None = None,
) -> Api:
    """Build the IR for a loaded OpenAPI 3.x document, its package and project names decided;
    without example values when `examples` is false (an IR that is only compared); with the
    last run's component models when `components` has them for these components, and its
    operations when `operations` has them (see `operation_cache`)."""
    return _Builder(spec, resolver, settings, package, project, examples, components, operations).build()
