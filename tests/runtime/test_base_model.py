"""generator/runtime/_base_model.py: the models' base class, discriminated unions, big-integer
enums and `datetime | date`."""

from __future__ import annotations

import datetime
import enum
from typing import Annotated, Any

import pydantic
import pytest

from clientgen.runtime._base_model import BaseModel, date_or_datetime, discriminate, one_of


class Color(str, enum.Enum):
    RED = "red"


class Pet(BaseModel):
    pet_id: int = pydantic.Field(alias="petId")
    color: Color | None = None
    name: str | None = None


class Cat(BaseModel):
    kind: str = "cat"
    meows: bool = True


class Dog(BaseModel):
    kind: str = "dog"


Animal = pydantic.TypeAdapter(
    Annotated[
        Annotated[Cat, pydantic.Tag("Cat")] | Annotated[Dog, pydantic.Tag("Dog")] | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate("kind", "kind", {"cat": "Cat", "dog": "Dog"}),
    ]
)


def test_models_take_either_name_keep_unknown_fields_and_write_wire_names() -> None:
    pet = Pet.model_validate({"petId": 1, "color": "red", "toy": "ball"})
    assert pet.pet_id == 1 and pet.color == "red"  # enums as their values
    assert pet.model_extra == {"toy": "ball"}
    assert pet.to_dict() == {"petId": 1, "color": "red", "toy": "ball"}  # unset `name` left out
    assert Pet(pet_id=2).to_dict() == {"petId": 2}
    assert Pet(pet_id=2, name=None).to_json() == '{"petId":2,"name":null}'


def test_discriminate_routes_by_tag_and_keeps_unknown_variants_as_dicts() -> None:
    assert isinstance(Animal.validate_python({"kind": "cat"}), Cat)
    assert isinstance(Animal.validate_python({"kind": "dog"}), Dog)
    assert isinstance(Animal.validate_python(Dog()), Dog)  # an instance: by its attribute
    assert Animal.validate_python({"kind": "parrot", "talks": True}) == {"kind": "parrot", "talks": True}
    assert Animal.validate_python({"kind": ["unhashable"]}) == {"kind": ["unhashable"]}


def test_one_of_accepts_exactly_the_values() -> None:
    big = pydantic.TypeAdapter(Annotated[int, one_of(2**70, 3)])
    assert big.validate_python(2**70) == 2**70
    with pytest.raises(pydantic.ValidationError, match="must be one of 1180591620717411303424, 3"):
        big.validate_python(4)


def test_date_or_datetime_keeps_a_date_a_date() -> None:
    when = pydantic.TypeAdapter(Annotated[datetime.datetime | datetime.date, date_or_datetime])
    assert when.validate_python("2024-01-02") == datetime.date(2024, 1, 2)
    assert type(when.validate_python("2024-01-02")) is datetime.date
    assert when.validate_python("2024-01-02T03:04:05Z") == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert when.validate_python(datetime.date(2020, 5, 6)) == datetime.date(2020, 5, 6)
