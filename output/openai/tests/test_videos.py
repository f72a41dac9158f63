"""Tests of the Videos operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.deleted_video_resource import DeletedVideoResource
from openai_client.models.video_character_resource import VideoCharacterResource
from openai_client.models.video_list_resource import VideoListResource
from openai_client.models.video_resource import VideoResource


def test_create_video(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "video",
            "model": "string",
            "status": "queued",
            "progress": 1,
            "created_at": 1,
            "completed_at": 1,
            "expires_at": 1,
            "prompt": "string",
            "size": "720x1280",
            "seconds": "string",
            "remixed_from_video_id": "string",
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(lambda client: client.videos.create_video())
    mock.expect("POST", "/videos")
    mock.check(result, VideoResource)


def test_list_videos(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "video",
                    "model": "string",
                    "status": "queued",
                    "progress": 1,
                    "created_at": 1,
                    "completed_at": 1,
                    "expires_at": 1,
                    "prompt": "string",
                    "size": "720x1280",
                    "seconds": "string",
                    "remixed_from_video_id": "string",
                    "error": {"code": "string", "message": "string"},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.videos.list_videos())
    mock.expect("GET", "/videos")
    mock.check(result, VideoListResource)


def test_create_video_character(call, mock):
    mock.respond(
        200, "application/json", {"id": "string", "name": "string", "created_at": 1}
    )
    result = call(lambda client: client.videos.create_video_character())
    mock.expect("POST", "/videos/characters")
    mock.check(result, VideoCharacterResource)


def test_get_video_character(call, mock):
    mock.respond(
        200, "application/json", {"id": "string", "name": "string", "created_at": 1}
    )
    result = call(
        lambda client: client.videos.get_video_character(character_id="char_123")
    )
    mock.expect("GET", "/videos/characters/char_123")
    mock.check(result, VideoCharacterResource)


def test_create_video_edit(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "video",
            "model": "string",
            "status": "queued",
            "progress": 1,
            "created_at": 1,
            "completed_at": 1,
            "expires_at": 1,
            "prompt": "string",
            "size": "720x1280",
            "seconds": "string",
            "remixed_from_video_id": "string",
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(lambda client: client.videos.create_video_edit())
    mock.expect("POST", "/videos/edits")
    mock.check(result, VideoResource)


def test_create_video_extend(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "video",
            "model": "string",
            "status": "queued",
            "progress": 1,
            "created_at": 1,
            "completed_at": 1,
            "expires_at": 1,
            "prompt": "string",
            "size": "720x1280",
            "seconds": "string",
            "remixed_from_video_id": "string",
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(lambda client: client.videos.create_video_extend())
    mock.expect("POST", "/videos/extensions")
    mock.check(result, VideoResource)


def test_get_video(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "video",
            "model": "string",
            "status": "queued",
            "progress": 1,
            "created_at": 1,
            "completed_at": 1,
            "expires_at": 1,
            "prompt": "string",
            "size": "720x1280",
            "seconds": "string",
            "remixed_from_video_id": "string",
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(lambda client: client.videos.get_video(video_id="video_123"))
    mock.expect("GET", "/videos/video_123")
    mock.check(result, VideoResource)


def test_delete_video(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "video.deleted", "deleted": True, "id": "string"},
    )
    result = call(lambda client: client.videos.delete_video(video_id="video_123"))
    mock.expect("DELETE", "/videos/video_123")
    mock.check(result, DeletedVideoResource)


def test_retrieve_video_content(call, mock):
    mock.respond(200, "application/json", "string")
    result = call(
        lambda client: client.videos.retrieve_video_content(video_id="video_123")
    )
    mock.expect("GET", "/videos/video_123/content")
    mock.check(result, str)


def test_create_video_remix(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "video",
            "model": "string",
            "status": "queued",
            "progress": 1,
            "created_at": 1,
            "completed_at": 1,
            "expires_at": 1,
            "prompt": "string",
            "size": "720x1280",
            "seconds": "string",
            "remixed_from_video_id": "string",
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(lambda client: client.videos.create_video_remix(video_id="video_123"))
    mock.expect("POST", "/videos/video_123/remix")
    mock.check(result, VideoResource)
