"""Tests of the Images operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.images_response import ImagesResponse


def test_create_image_edit(call, mock):
    mock.respond(200, "application/json", {"created": 1})
    result = call(
        lambda client: client.images.create_image_edit(
            images=[{"image_url": "https://example.com/source-image.png"}],
            prompt="Add a watercolor effect and keep the subject centered",
        )
    )
    mock.expect("POST", "/images/edits")
    mock.check(result, ImagesResponse)


def test_create_image(call, mock):
    mock.respond(200, "application/json", {"created": 1})
    result = call(
        lambda client: client.images.create_image(prompt="A cute baby sea otter")
    )
    mock.expect("POST", "/images/generations")
    mock.check(result, ImagesResponse)


def test_create_image_variation(call, mock):
    mock.respond(200, "application/json", {"created": 1})
    result = call(
        lambda client: client.images.create_image_variation(image=b"example bytes")
    )
    mock.expect("POST", "/images/variations")
    mock.check(result, ImagesResponse)
