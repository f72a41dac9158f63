"""Turn spec names into safe, readable Python identifiers. The only place that does so."""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Callable, Container
from functools import lru_cache

# Names a generated model field may not take: pydantic's own attributes.
PYDANTIC_RESERVED = frozenset(
    "construct copy dict from_orm json model_computed_fields model_config model_construct "
    "model_copy model_dump model_dump_json model_extra model_fields model_fields_set "
    "model_json_schema model_parametrized_name model_post_init model_rebuild model_validate "
    "model_validate_json model_validate_strings parse_file parse_obj parse_raw schema "
    "schema_json update_forward_refs validate".split()
)
# Methods of the generated models' own base class (generator/runtime/_base_model.py).
MODEL_METHODS = frozenset({"to_dict", "to_json"})
# File names Windows keeps for devices, whatever the extension or case (`docs/Con.md` included).
WINDOWS_DEVICES = frozenset(["con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))])
# Names the generated code itself uses in annotations and bodies (besides builtins).
RUNTIME_NAMES = frozenset(
    "Any Literal Annotated Union Optional IO Field BaseModel ConfigDict RootModel datetime date "
    "time UUID Enum NotGiven NOT_GIVEN FileInput ApiResponse Timeout httpx typing self cls "
    "overload TYPE_CHECKING annotations pydantic discriminate".split()
)
# Lower-case names the generated annotations use (`dict[str, Any]`, `os.PathLike[str]`): a
# method of that name would shadow them in the rest of its class.
ANNOTATION_NAMES = frozenset("str int float bool bytes list dict object os".split())
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _ascii_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _CAMEL.sub(" ", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


# snake and pascal are pure and asked for the same names many times (every property of every
# schema, again wherever the schema is used): they remember their answers.
@lru_cache(maxsize=1 << 16)
def snake(text: str) -> str:
    """`addUploadPart` -> `add_upload_part`; always a valid identifier."""
    words = _ascii_words(text)
    name = "_".join(w.lower() for w in words) or "value"
    if name[0].isdigit():
        name = "n" + name
    return name


@lru_cache(maxsize=1 << 16)
def pascal(text: str) -> str:
    """`file-expiration after` -> `FileExpirationAfter`; always a valid identifier."""
    words = _ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or "Model"
    if name[0].isdigit():
        name = "M" + name
    return name


def kebab(text: str) -> str:
    return snake(text).replace("_", "-")


def constant(text: str) -> str:
    return snake(text).upper()


def base_url_env(env_prefix: str) -> str:
    """The environment variable a client reads its base URL from."""
    return f"{env_prefix}_BASE_URL"


_AMBIGUOUS = frozenset({"l", "I", "O"})  # pycodestyle's E741/E742: they read as 1 and 0


def is_reserved(name: str, extra: frozenset[str] = frozenset()) -> bool:
    return (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in _AMBIGUOUS
        or name in RUNTIME_NAMES
        or name in extra
    )


def suffixed(name: str, taken: Callable[[str], bool]) -> str:
    """`name`, with `_` appended until `taken` says it is free."""
    while taken(name):
        name += "_"
    return name


def safe(name: str, extra: frozenset[str] = frozenset()) -> str:
    """Append `_` until the name is free of keywords and the given reserved names."""
    return suffixed(name, lambda n: is_reserved(n, extra))


class Namer:
    """Hands out unique names within one scope, deterministically (first come, plain name).

    `ignore_case`: names that become file names must differ in more than case (macOS and
    Windows would keep one file). `identifiers=False` hands out plain text (operationIds),
    which may be a keyword.
    """

    def __init__(
        self, reserved: frozenset[str] | set[str] = frozenset(), *, ignore_case: bool = False, identifiers: bool = True
    ) -> None:
        self.ignore_case = ignore_case
        self.identifiers = identifiers
        self.taken: set[str] = {self._key(n) for n in reserved}
        self.log: list[Claim] | None = None  # when a list: each claim is added to it (see `operation_cache`)

    def _key(self, name: str) -> str:
        return name.casefold() if self.ignore_case else name

    def is_free(self, name: str) -> bool:
        return self._key(name) not in self.taken and not (self.identifiers and keyword.iskeyword(name))

    def claim(self, base: str, *, twins: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()) -> str:
        """A free name from `base`; with `twins` (prefixes) and `suffixes`, each name made with one is
        free and claimed too, so a name's derived names always follow it exactly."""
        if not twins and not suffixes and self.is_free(base):  # the common case, without the loop's tuples (~50k claims on GitHub)
            self.taken.add(self._key(base))
            name = base
        else:
            name = base
            n = 2
            while not all(map(self.is_free, _with(name, twins, suffixes))):
                name = f"{base}{n}"
                n += 1
            self.taken.update(map(self._key, _with(name, twins, suffixes)))
        if self.log is not None:
            self.log.append((self, base, twins, suffixes, name))
        return name

    def unclaim(self, name: str, *, twins: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()) -> None:
        """Free what `claim` took for `name` (names that were free before it)."""
        self.taken.difference_update(map(self._key, _with(name, twins, suffixes)))


Claim = tuple[Namer, str, tuple[str, ...], tuple[str, ...], str]  # the namer, `claim`'s arguments, and the name it gave


def _with(name: str, twins: tuple[str, ...], suffixes: tuple[str, ...]) -> list[str]:
    return [prefix + name for prefix in ("", *twins)] + [name + suffix for suffix in suffixes]


_FIELD_RESERVED = PYDANTIC_RESERVED | MODEL_METHODS


def field_name(wire: str, namer: Namer, shadowed: Container[str]) -> str:
    """A model field or keyword parameter name: snake_case, never a keyword, never shadowing."""
    base = _unreserved_field(wire)  # the first of the names tried below that is not reserved
    if base in shadowed:
        base = suffixed(base, lambda n: is_reserved(n, _FIELD_RESERVED) or n in shadowed)
    return namer.claim(base)


@lru_cache(maxsize=1 << 16)
def _unreserved_field(wire: str) -> str:
    return suffixed(snake(wire), lambda n: is_reserved(n, _FIELD_RESERVED))
