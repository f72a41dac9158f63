"""What `group.py.j2` prints for one API group, decided here in Python.

A group's module holds its endpoint table (`endpoints.py`), then a sync and an async class. Each
class has, per operation, the main method and its variants (`*_with_http_info`, `*_stream`,
`*_to_file`, `*_iter`). Every method is a `Method`: its overloads' parameter lines, its own, its
return annotation, its docstring and its statements. The strings are Python source with spec text
already escaped; the template prints them, passing each signature line and statement to `fit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..ir.model import Arg, Group, Operation
from .endpoints import EndpointNames, endpoint, endpoint_names, endpoint_variants
from .filters import docstring, summary_line

_PARAM = " " * 8  # a parameter line's indent in an exploded signature
_BODY = " " * 8  # a statement's indent in a method
_OPTIONS = (  # the keyword arguments every method ends with
    "timeout: TimeoutTypes | NotGiven = NOT_GIVEN,",
    "extra_headers: dict[str, str] | None = None,",
    "extra_query: dict[str, object] | None = None,",
    "extra_body: dict[str, object] | None = None,",
)


class Method(NamedTuple):
    """One method of an API class, as lines of source (each indented as in the module)."""

    adef: str  # "def" or "async def"
    name: str
    overloads: tuple[tuple[str, ...], ...]  # each `@overload`'s parameter lines, after `self,`
    params: tuple[str, ...]  # the method's own parameter lines, after `self,`
    returns: str  # the return annotation
    doc: str  # the docstring, quoted and escaped
    body: tuple[str, ...]  # its statements


class OperationMethods(NamedTuple):
    """An operation's methods in one class: the main method, then its variants."""

    op: Operation
    ret: str  # the main method's return annotation
    main: Method
    variants: tuple[Method, ...]  # `*_with_http_info`, then `*_stream`, `*_to_file`, `*_iter` where the IR names them


class GroupClass(NamedTuple):
    """The sync or the async class of an API group."""

    is_async: bool
    adef: str  # "def" or "async def"
    aw: str  # "await " or nothing
    name: str
    runtime: str  # the annotation of the runtime its methods call
    doc: str  # the class docstring, quoted and escaped
    methods: tuple[OperationMethods, ...]


def params(args: Sequence[Arg], extra: Sequence[str] = ()) -> tuple[str, ...]:
    """A signature's parameter lines: the arguments (`*,` before the first keyword-only one, else
    after them all), the options every method takes, then `extra`."""
    lines: list[str] = []
    for a in args:
        if a.keyword_only and "*," not in lines:
            lines.append("*,")
        lines.append(f"{a.name}: {a.annotation}" + (f" = {a.default}," if a.default is not None else ","))
    if "*," not in lines:
        lines.append("*,")
    return tuple(_PARAM + line for line in (*lines, *_OPTIONS, *extra))


def method_doc(op: Operation) -> str:
    """The main method's docstring text: summary and description, each argument's first line, deprecation."""
    seen: set[str] = set()
    texts = []
    for text in (op.summary.strip(), op.description.strip()):
        if text and text.lower() not in seen:  # as Jinja's `unique`: case-insensitive
            seen.add(text.lower())
            texts.append(text)
    documented = [(p.py_name, p.description) for p in op.params]
    documented += [(f.py_name, f.description) for f in (op.body.fields if op.body else ())]
    args = [f"    {name}: {summary_line(text)}" for name, text in documented if text]
    doc = "\n\n".join(texts) or op.operation_id
    if args:
        doc += "\n\nArgs:\n" + "\n".join(args)
    if op.deprecated:
        doc += "\n\n.. deprecated:: the API marks this operation as deprecated."
    return doc


def _method(
    op: Operation,
    signature: tuple[str, str, str],
    doc: str,
    body: Sequence[str],
    drop: str | None = None,
    extra: Sequence[str] = (),
) -> Method:
    """A method taking the operation's arguments but `drop`, then `extra`; `signature` is (adef, name, returns)."""
    adef, name, returns = signature
    kept = [tuple(a for a in args if a.name != drop) for args in (op.args, *op.overloads)]
    return Method(
        adef,
        name,
        tuple(params(args, extra) for args in kept[1:]),
        params(kept[0], extra),
        returns,
        docstring(doc, _BODY),
        tuple(_BODY + line for line in body),
    )


def operation_methods(op: Operation, const: EndpointNames, is_async: bool) -> OperationMethods:
    """An operation's methods in the sync or the async class."""
    adef, aw, prefix = ("async def", "await ", "Async") if is_async else ("def", "", "")
    sse = op.return_kind == "sse"
    ret = f"{prefix}Stream[{op.returns.py}]" if sse else op.returns.py
    call = f"{aw}self._client.{'_stream' if sse else '_request'}({const.main}, locals())"
    main = _method(op, (adef, op.py_name, ret), method_doc(op), [f"_response: ApiResponse[{ret}] = {call}", "return _response.data"])
    doc = f"Like `{op.py_name}`, but returns the status code and headers with the parsed body."
    variants = [_method(op, (adef, op.http_info_method, f"ApiResponse[{ret}]"), doc, [f"return {call}"])]
    if op.stream_method and op.event_stream:
        es = op.event_stream
        sret = f"{prefix}Stream[{es.event.py}]"
        doc = (
            f"Like `{op.py_name}`, but sends `{es.field_wire}: true` and returns the server-sent events as they arrive.\n\n"
            "Iterate over the result; the connection closes when the loop ends (`with` closes it early)."
        )
        stream_call = f"{aw}self._client._stream({const.stream}, locals())"
        body = [f"_response: ApiResponse[{sret}] = {stream_call}", "return _response.data"]
        variants.append(_method(op, (adef, op.stream_method, sret), doc, body, drop=es.field_arg))
    if op.to_file_method:
        dest = op.destination_arg
        doc = (
            f"Like `{op.py_name}`, but streams the body to the file `{dest}` without holding it in memory.\n\n"
            f"The body goes to `<{dest}>.part` first, renamed when complete. Returns the file's path."
        )
        body = [f"return {aw}self._client._download({const.main}, locals(), {dest})"]
        variants.append(_method(op, (adef, op.to_file_method, "Path"), doc, body, extra=[f"{dest}: str | os.PathLike[str],"]))
    if op.iter_method and op.pagination:
        pcls = f"{prefix}Paginator"
        loop = "`async for`" if is_async else "`for`"
        doc = (
            f"Like `{op.py_name}`, but {loop} goes over the items of every page, fetching the next page only when needed.\n\n"
            "The arguments are those of the first page; `.pages()` gives whole pages."
        )
        body = [f"return {pcls}(self._client, {const.main}, locals(), {const.pages})"]
        variants.append(_method(op, ("def", op.iter_method, f"{pcls}[{op.pagination.item.py}]"), doc, body))
    return OperationMethods(op, ret, main, tuple(variants))


def group_classes(group: Group) -> tuple[GroupClass, GroupClass]:
    """The group's sync class, then its async twin."""
    consts = endpoint_names(group)
    about = ": " + summary_line(group.description) if group.description else "."
    found = []
    for is_async in (False, True):
        doc = f"{group.tag} operations{' (async)' if is_async else ''}{about}\n\nReach it as `client.{group.attr_name}`."
        found.append(
            GroupClass(
                is_async,
                "async def" if is_async else "def",
                "await " if is_async else "",
                ("Async" if is_async else "") + group.class_name,
                "AsyncRuntime" if is_async else "SyncRuntime",
                docstring(doc, "    "),
                tuple(operation_methods(op, consts[op.py_name], is_async) for op in group.operations),
            )
        )
    return found[0], found[1]


def group_endpoints(group: Group) -> tuple[tuple[str, str], ...]:
    """Each operation's endpoint table entry: its `_Endpoint` (for `fit`) and its variants' constants."""
    consts = endpoint_names(group)
    return tuple((endpoint(op, consts[op.py_name]), endpoint_variants(op, consts[op.py_name])) for op in group.operations)
