"""The caches' pickles of IR objects (generator/ir/pickling.py) load as `pickle`'s would: equal
objects, with the same value in every field, defaults left out or not."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, fields

from clientgen.ir import pickling
from clientgen.ir.model import Field, Model
from clientgen.ir.typeref import NONE, Discriminator, discriminated, list_of, literal_of, model_ref, scalar


def values(obj: object) -> list[tuple[str, type, object]]:
    return [(f.name, type(getattr(obj, f.name)), getattr(obj, f.name)) for f in fields(obj)]  # type: ignore[arg-type]


def sample() -> Model:
    plain = Field("id", "id", scalar("int"), True)
    odd = Field(
        "n", "n", list_of(scalar("str")), 0, nullable=0, description="", default=-0.0, has_default=True, deprecated=0.0, example=0.0  # type: ignore[arg-type]
    )
    told = Field("pet", "pet", discriminated((model_ref("Cat", is_object=True),), Discriminator("kind", "kind", (("cat", "Cat"),))), False, example=False)
    opt = Field("x", "x", literal_of((1, "a", None)), False, description="A field.", deprecated=True)
    return Model(name="Thing", module="thing", kind="object", wire_name="Thing", fields=(plain, odd, told, opt))


def test_a_model_loads_equal_with_every_value_and_its_type() -> None:
    model = sample()
    data = pickling.dumps(model)
    loaded = pickle.loads(data)  # noqa: S301 - made just above
    assert loaded == model and repr(loaded) == repr(model)
    for before, after in zip(model.fields, loaded.fields, strict=True):
        assert values(after) == values(before)  # 0 stays 0 (not False), -0.0 stays -0.0 (not None)
        assert str(after.default) == str(before.default)
        assert after.annotation == before.annotation and after.type.py == before.type.py
    assert len(data) < len(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))


def test_only_values_that_are_the_default_are_left_out() -> None:
    odd = sample().fields[1]
    loaded = pickle.loads(pickling.dumps(odd))  # noqa: S301 - made just above
    # nullable=0, deprecated=0.0, has_default and default=-0.0 are not the defaults False, False, False and None
    assert {"nullable", "deprecated", "default", "has_default", "example"} <= set(vars(loaded))
    assert "read_only" not in vars(loaded) and loaded.read_only is False
    assert pickle.loads(pickling.dumps(NONE)) == NONE  # noqa: S301 - made just above


@dataclass(frozen=True)
class Elsewhere:
    """A dataclass of another package: pickled as `pickle` pickles it."""

    flag: bool = False


def test_objects_of_other_packages_are_pickled_as_pickle_does() -> None:
    value = {"e": Elsewhere(), "t": (1, 2.5, "x")}
    assert pickling.dumps(value) == pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
