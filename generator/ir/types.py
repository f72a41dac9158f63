"""Schema -> Python type. Registers a model for every schema that needs a class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import pointer_join, pointer_split
from ..load.refs import RefResolver, split_uri
from . import names
from .diagnostic import Warn
from .examples import Deref, Memo, sample
from .model import Field, Model
from .typeref import (
    ANY,
    DATE_OR_DATETIME,
    FILE,
    NONE,
    Discriminator,
    TypeRef,
    dict_of,
    discriminated,
    list_of,
    literal_of,
    model_ref,
    scalar,
    union_of,
)

_PRIMITIVES = {
    "string": scalar("str"),
    "integer": scalar("int"),
    "number": scalar("float"),
    "boolean": scalar("bool"),
    "null": NONE,
}
_FORMATS = {"date-time": scalar("datetime"), "date": scalar("date"), "uuid": scalar("UUID"), "binary": FILE}
# Names the runtime and models package export; a spec model taking one gets a suffix.
RUNTIME_CLASSES = frozenset(
    "ApiResponse ApiError ApiStatusError Client AsyncClient NotGiven FileInput BaseModel "
    "Field Any Literal Annotated Union Optional IO Enum "
    # imported beside models: by API modules (runtime, streams, pages, downloads) and model modules
    "SyncRuntime AsyncRuntime Stream AsyncStream Paginator AsyncPaginator TimeoutTypes FileContent Path "
    "TypeAlias UUID".split()
)
# Builtins a model's name would shadow: an annotation naming one resolves to the builtin while
# the module that defines the model is still being imported (`warnings: list[Warning]`). Fixed,
# not `dir(builtins)`: the same spec gives the same names on every Python version.
BUILTIN_CLASSES = frozenset(
    "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
    "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
    "EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError "
    "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
    "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
    "ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError "
    "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
    "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError".split()
)


def union(members: list[TypeRef]) -> TypeRef:
    """The schema's union of `members`: each member once (a nullable one as itself and None), `Any`
    when one is, and `date` with `datetime` as one member that tells them apart by the text."""
    unique: dict[str, TypeRef] = {}
    for m in members:
        for part in _split_union(m):
            unique.setdefault(part.py, part)
    if "date" in unique and "datetime" in unique:  # one member that tells them apart by the text
        unique = {k: v for k, v in unique.items() if k != "datetime"}
        unique = {(DATE_OR_DATETIME.py if k == "date" else k): (DATE_OR_DATETIME if k == "date" else v) for k, v in unique.items()}
    parts = list(unique.values())
    if any(p.kind == "any" for p in parts):
        return ANY
    if len(parts) == 1:
        return parts[0]
    return union_of(parts, is_object=parts[0].is_object if len(parts) == 2 and parts[1].kind == "none" else False)


def _split_union(t: TypeRef) -> list[TypeRef]:
    # Unions are flattened by re-splitting only the trailing None we add ourselves.
    if t.kind == "union" and t.nullable:
        return [t.without(NONE), NONE]
    return [t]


def optional(t: TypeRef) -> TypeRef:
    return union([t, NONE])


def literal(values: list[Any], *, open_enum: bool = False) -> TypeRef:
    """`Literal[...]`; an open enum also accepts any other value of its base type."""
    kinds = {type(v) for v in values}
    kind = kinds.pop() if len(kinds) == 1 else None
    return literal_of(values, open=open_enum and len(values) > 1 and kind in (str, int))


@dataclass
class SchemaTyper:
    """Maps JSON Schemas to TypeRefs, creating models as it meets named or inline objects."""

    resolver: RefResolver
    warn: Warn
    models: dict[str, Model] = field(default_factory=dict)  # by schema URI
    _names_by_uri: dict[str, str] = field(default_factory=dict)
    _uris_by_name: dict[str, str] = field(default_factory=dict)  # the inverse: each name is built once
    _names_by_id: dict[int, str] = field(default_factory=dict)  # the same schema object reached by two URIs
    preferred_names: dict[int, str] = field(default_factory=dict)  # component schemas keep their own names
    _wire_names: dict[str, str] = field(default_factory=dict)  # model name -> schema name
    _objects: set[str] = field(default_factory=set)  # URIs whose model has fields
    _cycles: set[frozenset[str]] = field(default_factory=set)  # `$ref` cycles already warned about
    _building: set[str] = field(default_factory=set)  # URIs of object models whose fields are being collected
    # model and API group classes: one namespace, since each names a docs/<Name>.md
    class_names: names.Namer = field(default_factory=lambda: names.Namer(RUNTIME_CLASSES | BUILTIN_CLASSES | names.WINDOWS_DEVICES, ignore_case=True))
    examples: bool = True  # False: no example values (`clientgen diff` needs none)
    samples: Memo = field(default_factory=dict)  # every sample of this build, by schema (see `sample`)
    _modules: names.Namer = field(default_factory=lambda: names.Namer({"__init__"}))
    # types are immutable, and most are shared (a model's, a scalar's): each made once per build
    _model_refs: dict[tuple[str, bool], TypeRef] = field(default_factory=dict)
    _optionals: dict[int, tuple[TypeRef, TypeRef]] = field(default_factory=dict)  # by id; the entry keeps it alive
    _literals: dict[tuple[Any, ...], TypeRef] = field(default_factory=dict)  # by the enum's values
    reached: set[str] | None = None  # when a set: the URI of each model typed again is added to it (see `operation_cache`)

    # ---- public entry points -------------------------------------------------------------
    def type_of(self, schema: Any, base: str, pointer: str, hint: str) -> TypeRef:
        """The type of the schema found at `base#pointer`, naming new models after `hint`."""
        return self._type(schema, base, pointer, hint, depth=0)

    def named(self, ref: str, base: str, name: str) -> TypeRef:
        """A component schema: always a model of its own (an alias for arrays and scalars)."""
        contents, target = self.resolver.lookup(ref, base, pointer=split_uri(self.resolver.target(ref, base))[1])
        if not isinstance(contents, dict) or "$ref" in contents:
            return self.type_of({"$ref": ref}, base, "", name)
        tbase, tptr = split_uri(target)
        return self._model_ref(target, contents, tbase, tptr, name)

    # ---- resuming a build (see `component_cache`) ------------------------------------------
    # every field is one of: kept as it is, rebuilt from the document (id-keyed), or begun afresh
    KEPT = ("models", "_names_by_uri", "_uris_by_name", "_wire_names", "_objects", "_cycles", "class_names", "_modules", "_model_refs", "_literals")
    REBUILT = ("_names_by_id", "_optionals")
    AFRESH = ("resolver", "warn", "preferred_names", "_building", "examples", "samples", "reached")

    def state(self, find: Callable[[str], Any]) -> dict[str, Any] | None:
        """What this typer knows, for a later build of a document with the same schemas to
        `resume` from; None when a schema it named cannot be found again by its URI (`find`:
        the schema at a URI of this document), as a schema the build made itself."""
        by_id = []
        for key, name in self._names_by_id.items():
            uri = self._uris_by_name.get(name)
            if uri is None or id(find(uri)) != key or self._building:
                return None
            by_id.append((uri, name))
        return {**{name: getattr(self, name) for name in self.KEPT}, "_names_by_id": by_id, "_optionals": list(self._optionals.values())}

    def resume(self, state: dict[str, Any], find: Callable[[str], Any]) -> bool:
        """Take up `state` (see `state`); False, and nothing taken, when a schema it names is
        not in this document."""
        found = [(find(uri), name) for uri, name in state["_names_by_id"]]
        if any(not isinstance(schema, dict) for schema, _ in found):
            return False
        for name in self.KEPT:
            setattr(self, name, state[name])
        self._names_by_id = {id(schema): name for schema, name in found}
        self._optionals = {id(t): (t, optional_t) for t, optional_t in state["_optionals"]}
        return True

    def model_fields(self, name: str) -> tuple[Field, ...]:
        """All fields of a model, inherited ones first."""
        uri = self._uris_by_name.get(name)
        model = self.models.get(uri) if uri is not None else None
        if model is None:
            return ()
        inherited = self.model_fields(model.base) if model.base else ()
        own = {f.wire_name for f in model.fields}
        return tuple(f for f in inherited if f.wire_name not in own) + model.fields

    def deref(self, schema: Any, base: str, pointer: str) -> tuple[Any, str, str]:
        """Follow `$ref` chains; return (schema, base URI, pointer) of the final target."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            contents, target = self.resolver.lookup(schema["$ref"], base, pointer=pointer)
            if target in seen:
                from ..errors import SpecError

                doc = self.resolver.document(base)
                raise SpecError(
                    f"$ref cycle: {schema['$ref']!r} refers back to itself",
                    file=str(doc.path),
                    pointer=pointer,
                    line=doc.line_of(pointer),
                )
            seen.add(target)
            schema = contents
            base, frag = split_uri(target)
            pointer = frag
        return schema, base, pointer

    def schema_deref(self, schema: Any, base: str, pointer: str) -> tuple[Any, str, str]:
        """`deref` for a schema: a `$ref` cycle (typed as Any) resolves to the empty schema."""
        if self._ref_cycle(schema, base, pointer) is not None:
            return {}, base, pointer
        return self.deref(schema, base, pointer)

    def _ref_cycle(self, schema: Any, base: str, pointer: str) -> list[str] | None:
        """The targets of a `$ref` chain that comes back to one of them, from that one on
        (ending with it again), or None if the chain ends."""
        chain: list[str] = []
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            schema, target = self.resolver.lookup(schema["$ref"], base, pointer=pointer)
            if target in chain:
                return [*chain[chain.index(target) :], target]
            chain.append(target)
            base, pointer = split_uri(target)
        return None

    def sample(self, schema: Any, base: str, *, examples: bool = True) -> Any:
        """An example value for `schema` (see `examples.sample`), or None when the build makes none."""
        return sample(schema, self.example_deref(base), self.samples, examples=examples) if self.examples else None

    def example_deref(self, base: str) -> Deref:
        """A best-effort `$ref` follower for example synthesis (never raises): the schema a
        node names, and the follower for the `$ref`s inside it (relative to its own file)."""

        def follow(node: Any) -> tuple[Any, Deref]:
            if not (isinstance(node, dict) and "$ref" in node):
                return node, follow
            try:
                found, target, _ = self.deref(node, base, "")
            except Exception:
                return {}, follow
            return found, (follow if target == base else self.example_deref(target))

        return follow

    # ---- the mapping ---------------------------------------------------------------------
    def _type(self, schema: Any, base: str, pointer: str, hint: str, depth: int) -> TypeRef:
        if depth > 64:
            self.warn("schema nested too deeply; typed as Any", pointer, base)
            return ANY
        if not isinstance(schema, dict):
            return ANY
        kind = schema.get("type")
        if type(kind) is str and kind in _SCALAR_TYPES and _SHAPING_KEYS.isdisjoint(schema):  # most schemas: what `_inline` would say
            fmt = schema.get("format") if kind == "string" else None
            return _FORMATS.get(fmt, _PRIMITIVES[kind]) if isinstance(fmt, str) else _PRIMITIVES[kind]
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema, base, pointer, hint, depth)
        nullable = _is_nullable(schema)
        t = self._inline(schema, base, pointer, hint, depth)
        return self._optional(t) if nullable and t.kind not in ("any", "none") else t

    def _optional(self, t: TypeRef) -> TypeRef:
        found = self._optionals.get(id(t))
        if found is None:
            found = self._optionals[id(t)] = (t, optional(t))
        return found[1]

    def _ref(self, schema: dict[str, Any], base: str, pointer: str, hint: str, depth: int) -> TypeRef:
        contents, target = self.resolver.lookup(schema["$ref"], base, pointer=pointer)
        tbase, tptr = split_uri(target)
        if isinstance(contents, dict) and isinstance(contents.get("$ref"), str):
            cycle = self._ref_cycle(schema, base, pointer)
            if cycle is not None:  # schemas that are only `$ref`s to each other: nothing to type
                if frozenset(cycle) not in self._cycles:
                    self._cycles.add(frozenset(cycle))
                    self.warn(f"$ref cycle {' -> '.join(map(_name_for, cycle))} (schemas that only refer to each other); typed as Any", *_at(cycle[0]))
                return ANY
        nullable = _is_nullable(schema)
        if target in self._names_by_uri or (isinstance(contents, dict) and _needs_model(contents)):
            t = self._model_ref(target, contents, tbase, tptr, _name_for(target))
        else:
            t = self._type(contents, tbase, tptr, _name_for(target) or hint, depth + 1)
        return self._optional(t) if nullable and t.kind not in ("any", "none") else t

    def _inline(self, schema: dict[str, Any], base: str, pointer: str, hint: str, depth: int) -> TypeRef:
        if "const" in schema:
            return self._literal([schema["const"]])
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if values:
                return self._literal(values, open_enum=True)
        members = _structural(schema.get("allOf"))
        if _is_object_model(schema) or len(members) > 1:
            uri = f"{base}#{pointer}"
            return self._model_ref(uri, schema, base, pointer, hint)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._union(schema, key, base, pointer, hint, depth)
        if members:
            i, only = members[0]
            return self._type(only, base, pointer_join_str(pointer, "allOf", i), hint, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            if len(kinds) == 1:
                kind = kinds[0]
            else:
                return union([self._inline({**schema, "type": k}, base, pointer, hint, depth) for k in kinds])
        if kind == "array" or (kind is None and "items" in schema):  # `type: object` wins over a stray `items`
            items = schema.get("items")
            item_t = self._type(items, base, pointer_join_str(pointer, "items"), hint + "Item", depth + 1) if items is not None else ANY
            return list_of(item_t)
        if kind == "object" or (kind is None and "additionalProperties" in schema):  # not `type: string`'s stray one
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return dict_of(self._type(extra, base, pointer_join_str(pointer, "additionalProperties"), hint + "Value", depth + 1))
            return dict_of(ANY)
        if kind == "string":
            fmt = schema.get("format")
            return _FORMATS.get(fmt, _PRIMITIVES["string"]) if isinstance(fmt, str) else _PRIMITIVES["string"]
        if isinstance(kind, str) and kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        return ANY

    def _literal(self, values: list[Any], *, open_enum: bool = False) -> TypeRef:
        if all(isinstance(v, (str, int, bool)) for v in values) and values:
            key = (open_enum, *((type(v), v) for v in values))  # typed: True == 1, Literal[True] is not Literal[1]
            found = self._literals.get(key)
            if found is None:  # the same enum recurs in many schemas
                found = self._literals[key] = literal(list(dict.fromkeys(values)), open_enum=open_enum)
            return found
        kinds = {type(v) for v in values}
        if kinds <= {int, float}:
            return _PRIMITIVES["number"]
        return ANY

    def _union(self, schema: dict[str, Any], key: str, base: str, pointer: str, hint: str, depth: int) -> TypeRef:
        members = []
        for i, sub in enumerate(schema[key]):
            sub_hint = hint + (names.pascal(sub["title"]) if isinstance(sub, dict) and isinstance(sub.get("title"), str) and not sub.get("$ref") else f"Variant{i + 1}")
            members.append(self._type(sub, base, pointer_join_str(pointer, key, i), sub_hint, depth + 1))
        return self._discriminated(schema, base, members) or union(members)

    def _discriminated(self, schema: dict[str, Any], base: str, members: list[TypeRef]) -> TypeRef | None:
        """A union of models told apart by one property: the spec's `discriminator`, or a
        property every member fixes to its own literal values (as OpenAI's events do)."""
        objects = [m for m in members if m.kind != "none"]
        if len(objects) < 2 or not all(m.kind == "model" and m.is_object for m in objects):
            return None
        raw_spec = schema.get("discriminator")
        spec: dict[str, Any] = raw_spec if isinstance(raw_spec, dict) else {}
        prop = spec.get("propertyName") if isinstance(spec.get("propertyName"), str) else self._common_tag(objects)
        if prop is None:
            return None
        raw_mapping = spec.get("mapping")
        mapping: dict[str, Any] = raw_mapping if isinstance(raw_mapping, dict) else {}
        by_model: dict[str, list[Any]] = {}
        for key, ref in mapping.items():
            ref = str(ref) if "/" in str(ref) or "#" in str(ref) else "#/components/schemas/" + str(ref)
            target = self._names_by_uri.get(self.resolver.target(ref, base))
            if target:
                by_model.setdefault(target, []).append(key)
        tags: dict[Any, str] = {}
        py_names = set()
        for m in objects:
            assert m.model is not None
            field = next((f for f in self.model_fields(m.model) if f.wire_name == prop), None)
            if field is None:
                return None
            py_names.add(field.py_name)
            values = by_model.get(m.model) or list(field.type.literals)
            if not values and spec:
                values = [self._wire_names.get(m.model, m.model)]
            if not values or any(tags.get(v, m.model) != m.model for v in values):
                return None
            tags.update({v: m.model for v in values})
        if len(py_names) != 1:
            return None
        t = discriminated(objects, Discriminator(prop, py_names.pop(), tuple(tags.items())))
        return optional(t) if len(objects) < len(members) else t

    def _common_tag(self, objects: list[TypeRef]) -> str | None:
        """A property that every member fixes to literal values, all different."""
        candidates: dict[str, set[Any]] | None = None
        for m in objects:
            assert m.model is not None
            fixed = {f.wire_name: set(f.type.literals) for f in self.model_fields(m.model) if f.type.kind == "literal" and not f.type.open}
            if candidates is None:
                candidates = fixed
            else:
                candidates = {k: v for k, v in candidates.items() if k in fixed and not v & fixed[k]}
                for k in candidates:
                    candidates[k] = candidates[k] | fixed[k]
        if not candidates:
            return None
        preferred = [k for k in ("type", "object", "kind", "event") if k in candidates]
        return preferred[0] if preferred else sorted(candidates)[0]

    # ---- models --------------------------------------------------------------------------
    def _model_ref(self, uri: str, schema: dict[str, Any], base: str, pointer: str, hint: str) -> TypeRef:
        name = self._names_by_uri.get(uri) or self._names_by_id.get(id(schema))
        if name is None:
            name = self._build_model(uri, schema, base, pointer, hint)
        else:
            uri = self._uris_by_name.get(name, uri)
            if self.reached is not None:
                self.reached.add(uri)
        key = (name, uri in self._objects)
        found = self._model_refs.get(key)
        if found is None:
            found = self._model_refs[key] = model_ref(name, is_object=key[1])
        return found

    def _build_model(self, uri: str, schema: dict[str, Any], base: str, pointer: str, hint: str) -> str:
        hint = self.preferred_names.get(id(schema), hint)
        name = self.class_names.claim(names.pascal(hint or "Model"))
        module = self._modules.claim(names.snake(name))
        self._names_by_uri[uri] = name
        self._uris_by_name[name] = uri
        self._names_by_id[id(schema)] = name
        self._wire_names[name] = hint
        wire = hint if pointer.startswith("/components/schemas/") else pointer or uri
        description = _text(schema.get("description"))
        deprecated = bool(schema.get("deprecated"))
        example = schema.get("example")
        if _is_object_model(schema) or isinstance(schema.get("allOf"), list):
            self._objects.add(uri)
            self._building.add(uri)
            base_model, fields = self._object_fields(schema, base, pointer, name)
            self._building.discard(uri)
            extra_t = None
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                extra_t = self._type(extra, base, pointer_join_str(pointer, "additionalProperties"), name + "Value", 1)
            imports = sorted({m for f in fields for m in f.type.models} | ({base_model} if base_model else set()) | set(extra_t.models if extra_t else ()))
            model = Model(
                name=name, module=module, kind="object", wire_name=wire, description=description,
                fields=fields, base=base_model, extra_type=extra_t, deprecated=deprecated,
                imports=tuple(m for m in imports if m != name), example=example,
            )
        else:
            # enums and unions: a type alias, registered before recursing so cycles terminate
            self.models[uri] = Model(name=name, module=module, kind="alias", wire_name=wire, alias_of=ANY)
            inner = dict(schema)
            inner.pop("nullable", None)
            alias = self._inline(inner, base, pointer, name, 1)
            if _is_nullable(schema):
                alias = optional(alias)
            if name in alias.models:  # an alias cannot name itself (e.g. a recursive array)
                self.warn(f"schema {hint!r} refers to itself without an object; typed as Any", pointer, base)
                alias = ANY
            model = Model(
                name=name, module=module, kind="alias", wire_name=wire, description=description,
                alias_of=alias, deprecated=deprecated, imports=tuple(m for m in alias.models if m != name),
                example=example,
            )
        self.models[uri] = model
        return name

    def _object_fields(self, schema: dict[str, Any], base: str, pointer: str, name: str) -> tuple[str | None, tuple[Field, ...]]:
        """Collect properties, merging allOf members; one `$ref` member becomes the base class."""
        props: dict[str, tuple[Any, str, str]] = {}
        required: set[str] = set()
        parent: str | None = None
        parts: list[tuple[Any, str, str]] = [(schema, base, pointer)]
        raw_all_of = schema.get("allOf")
        all_of: list[Any] = raw_all_of if isinstance(raw_all_of, list) else []
        ref_members = [m for m in all_of if isinstance(m, dict) and "$ref" in m]
        seen = frozenset({f"{base}#{pointer}"})
        for i, member in enumerate(all_of):
            mptr = pointer_join_str(pointer, "allOf", i)
            if isinstance(member, dict) and "$ref" in member and len(ref_members) == 1:
                t = self._type(member, base, mptr, name, 1)
                # an allOf cycle (R extends R, or A -> B -> A) cannot be inheritance: a model
                # still collecting its fields is copied in below instead of being the base
                if t.model and t.is_object and self._uris_by_name.get(t.model) not in self._building:
                    parent = t.model
                    continue
            parts.extend(self._flatten_all_of(member, base, mptr, seen))
        for sub, sbase, sptr in parts:
            if not isinstance(sub, dict):
                continue
            req = sub.get("required")
            if isinstance(req, list):
                required.update(r for r in req if isinstance(r, str))
            p = sub.get("properties")
            if isinstance(p, dict):
                for key, prop in p.items():
                    props[str(key)] = (prop, sbase, sptr + "/properties" + pointer_join(str(key)))
        typed = []
        for key, (prop, pbase, pptr) in props.items():
            t = self._type(prop, pbase, pptr, name + names.pascal(key), 1)
            resolved = self.schema_deref(prop, pbase, pptr)[0] if isinstance(prop, dict) and "$ref" in prop else prop
            typed.append((key, prop if isinstance(prop, dict) else {}, resolved if isinstance(resolved, dict) else {}, t, pbase))
        shadowed = frozenset(i for _, _, _, t, _ in typed for i in t.names)
        # a field's Python name is its parent's when it redeclares an inherited property, else never
        # an inherited one (that would override another property), and never another field's wire
        # name: models accept either name, so that key would fill both
        inherited_names = {f.wire_name: f.py_name for f in (self.model_fields(parent) if parent else ())}
        wires = frozenset(key for key, *_ in typed) | set(inherited_names)
        namer = names.Namer(set(inherited_names.values()))
        fields = []
        for key, prop, resolved, t, pbase in typed:
            is_required = key in required
            default = prop.get("default", resolved.get("default"))
            fields.append(
                Field(
                    wire_name=key,
                    py_name=inherited_names.get(key) or names.field_name(key, namer, _Taken(shadowed, wires, key)),
                    type=t,
                    required=is_required,
                    nullable=t.nullable,
                    description=_text(prop.get("description") or resolved.get("description")),
                    default=default,
                    has_default="default" in prop or "default" in resolved,
                    deprecated=bool(prop.get("deprecated") or resolved.get("deprecated")),
                    read_only=bool(prop.get("readOnly") or resolved.get("readOnly")),
                    write_only=bool(prop.get("writeOnly") or resolved.get("writeOnly")),
                    example=self.sample(prop, pbase),
                )
            )
        if parent is not None:
            inherited = {f.wire_name: f for f in self.model_fields(parent)}
            if any(f.wire_name in inherited and f.annotation != inherited[f.wire_name].annotation for f in fields):
                # an incompatible override would break substitutability: copy the parent's fields instead
                own = {f.wire_name for f in fields}
                fields = [f for w, f in inherited.items() if w not in own] + fields
                parent = None
        return parent, tuple(fields)

    def _flatten_all_of(self, member: Any, base: str, pointer: str, seen: frozenset[str]) -> list[tuple[Any, str, str]]:
        """`member` and its allOf members, each schema once along a path (`seen`: the schemas
        being flattened already, so an allOf cycle ends where it comes back)."""
        member, mbase, mptr = self.schema_deref(member, base, pointer)
        key = f"{mbase}#{mptr}"
        if key in seen:
            return []
        out = [(member, mbase, mptr)]
        if isinstance(member, dict) and isinstance(member.get("allOf"), list):
            for i, sub in enumerate(member["allOf"]):
                out.extend(self._flatten_all_of(sub, mbase, pointer_join_str(mptr, "allOf", i), seen | {key}))
        return out


@dataclass(frozen=True)
class _Taken:
    """The names a model field may not take: `shadowed` ones and the other fields' wire names
    (`shadowed | (wires - {own})`, without building that set again for every field)."""

    shadowed: frozenset[str]
    wires: frozenset[str]
    own: str

    def __contains__(self, name: object) -> bool:
        return name in self.shadowed or (name != self.own and name in self.wires)


def pointer_join_str(pointer: str, *parts: str | int) -> str:
    return pointer + pointer_join(*parts)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _is_nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable") is True:
        return True
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(
            isinstance(m, dict) and (m.get("type") == "null" or m.get("nullable") is True and len(m) == 1) for m in members
        ):
            return True
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and any(isinstance(m, dict) and m.get("nullable") is True for m in all_of):
        return True
    return False


_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})
# keys besides `type` that can change a schema's type or make it nullable
_SHAPING_KEYS = frozenset("$ref nullable enum const allOf oneOf anyOf properties items additionalProperties".split())
_STRUCTURAL_KEYS = frozenset(
    "$ref type properties allOf oneOf anyOf enum const items additionalProperties".split()
)


def _structural(all_of: Any) -> list[tuple[int, Any]]:
    """allOf members that shape the type; ones carrying only nullable/description are skipped."""
    if not isinstance(all_of, list):
        return []
    return [(i, m) for i, m in enumerate(all_of) if not isinstance(m, dict) or _STRUCTURAL_KEYS & m.keys()]


def _is_object_model(schema: dict[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"]) and not schema.get("oneOf") and not schema.get("anyOf")


def _needs_model(schema: dict[str, Any]) -> bool:
    """Named schemas that deserve a class or alias of their own."""
    if _is_object_model(schema):
        return True
    if len(_structural(schema.get("allOf"))) > 1:
        return True
    if isinstance(schema.get("enum"), list) and len([v for v in schema["enum"] if v is not None]) > 1:
        return True
    return any(isinstance(schema.get(k), list) and len(schema[k]) > 1 for k in ("oneOf", "anyOf"))


def _at(uri: str) -> tuple[str, str]:
    """A schema's URI as a warning's pointer and document."""
    doc, pointer = split_uri(uri)
    return pointer, doc


def _name_for(target: str) -> str:
    """A readable name for a referenced schema: its last pointer segment, or its file name."""
    doc, frag = split_uri(target)
    parts = pointer_split(frag)
    if parts:
        return parts[-1]
    stem = doc.rsplit("/", 1)[-1]
    return stem.split(".", 1)[0]
