"""Tests of the pet operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from petstore.models.api_response2 import ApiResponse2
from petstore.models.pet import Pet


def test_update_pet(call, mock):
    mock.respond(200, "application/json", {"name": "string", "photoUrls": ["string"]})
    result = call(
        lambda client: client.pet.update_pet(name="doggie", photo_urls=["string"])
    )
    mock.expect("PUT", "/pet")
    mock.check(result, Pet)


def test_add_pet(call, mock):
    mock.respond(200, "application/json", {"name": "string", "photoUrls": ["string"]})
    result = call(
        lambda client: client.pet.add_pet(name="doggie", photo_urls=["string"])
    )
    mock.expect("POST", "/pet")
    mock.check(result, Pet)


def test_find_pets_by_status(call, mock):
    mock.respond(200, "application/json", [{"name": "string", "photoUrls": ["string"]}])
    result = call(lambda client: client.pet.find_pets_by_status())
    mock.expect("GET", "/pet/findByStatus")
    mock.check(result, list[Pet])


def test_find_pets_by_tags(call, mock):
    mock.respond(200, "application/json", [{"name": "string", "photoUrls": ["string"]}])
    result = call(lambda client: client.pet.find_pets_by_tags())
    mock.expect("GET", "/pet/findByTags")
    mock.check(result, list[Pet])


def test_get_pet_by_id(call, mock):
    mock.respond(200, "application/json", {"name": "string", "photoUrls": ["string"]})
    result = call(lambda client: client.pet.get_pet_by_id(pet_id=1))
    mock.expect("GET", "/pet/1")
    mock.check(result, Pet)


def test_update_pet_with_form(call, mock):
    mock.respond(200, "application/json", {"name": "string", "photoUrls": ["string"]})
    result = call(lambda client: client.pet.update_pet_with_form(pet_id=1))
    mock.expect("POST", "/pet/1")
    mock.check(result, Pet)


def test_delete_pet(call, mock):
    mock.respond(200)
    result = call(lambda client: client.pet.delete_pet(pet_id=1))
    mock.expect("DELETE", "/pet/1")
    mock.check(result, None)


def test_upload_file(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.pet.upload_file(pet_id=1))
    mock.expect("POST", "/pet/1/uploadImage")
    mock.check(result, ApiResponse2)
