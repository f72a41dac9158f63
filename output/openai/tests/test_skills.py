"""Tests of the Skills operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.deleted_skill_resource import DeletedSkillResource
from openai_client.models.deleted_skill_version_resource import (
    DeletedSkillVersionResource,
)
from openai_client.models.skill_list_resource import SkillListResource
from openai_client.models.skill_resource import SkillResource
from openai_client.models.skill_version_list_resource import SkillVersionListResource
from openai_client.models.skill_version_resource import SkillVersionResource


def test_create_skill(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "skill",
            "name": "string",
            "description": "string",
            "created_at": 1,
            "default_version": "string",
            "latest_version": "string",
        },
    )
    result = call(lambda client: client.skills.create_skill())
    mock.expect("POST", "/skills")
    mock.check(result, SkillResource)


def test_list_skills(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "skill",
                    "name": "string",
                    "description": "string",
                    "created_at": 1,
                    "default_version": "string",
                    "latest_version": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.skills.list_skills())
    mock.expect("GET", "/skills")
    mock.check(result, SkillListResource)


def test_delete_skill(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "skill.deleted", "deleted": True, "id": "string"},
    )
    result = call(lambda client: client.skills.delete_skill(skill_id="skill_123"))
    mock.expect("DELETE", "/skills/skill_123")
    mock.check(result, DeletedSkillResource)


def test_get_skill(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "skill",
            "name": "string",
            "description": "string",
            "created_at": 1,
            "default_version": "string",
            "latest_version": "string",
        },
    )
    result = call(lambda client: client.skills.get_skill(skill_id="skill_123"))
    mock.expect("GET", "/skills/skill_123")
    mock.check(result, SkillResource)


def test_update_skill_default_version(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "skill",
            "name": "string",
            "description": "string",
            "created_at": 1,
            "default_version": "string",
            "latest_version": "string",
        },
    )
    result = call(
        lambda client: client.skills.update_skill_default_version(skill_id="skill_123")
    )
    mock.expect("POST", "/skills/skill_123")
    mock.check(result, SkillResource)


def test_get_skill_content(call, mock):
    mock.respond(200, "application/json", "string")
    result = call(lambda client: client.skills.get_skill_content(skill_id="skill_123"))
    mock.expect("GET", "/skills/skill_123/content")
    mock.check(result, str)


def test_create_skill_version(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "skill.version",
            "id": "string",
            "skill_id": "string",
            "version": "string",
            "created_at": 1,
            "name": "string",
            "description": "string",
        },
    )
    result = call(
        lambda client: client.skills.create_skill_version(skill_id="skill_123")
    )
    mock.expect("POST", "/skills/skill_123/versions")
    mock.check(result, SkillVersionResource)


def test_list_skill_versions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "skill.version",
                    "id": "string",
                    "skill_id": "string",
                    "version": "string",
                    "created_at": 1,
                    "name": "string",
                    "description": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.skills.list_skill_versions(skill_id="skill_123")
    )
    mock.expect("GET", "/skills/skill_123/versions")
    mock.check(result, SkillVersionListResource)


def test_get_skill_version(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "skill.version",
            "id": "string",
            "skill_id": "string",
            "version": "string",
            "created_at": 1,
            "name": "string",
            "description": "string",
        },
    )
    result = call(
        lambda client: client.skills.get_skill_version(
            skill_id="skill_123", version="string"
        )
    )
    mock.expect("GET", "/skills/skill_123/versions/string")
    mock.check(result, SkillVersionResource)


def test_delete_skill_version(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "skill.version.deleted",
            "deleted": True,
            "id": "string",
            "version": "string",
        },
    )
    result = call(
        lambda client: client.skills.delete_skill_version(
            skill_id="skill_123", version="string"
        )
    )
    mock.expect("DELETE", "/skills/skill_123/versions/string")
    mock.check(result, DeletedSkillVersionResource)


def test_get_skill_version_content(call, mock):
    mock.respond(200, "application/json", "string")
    result = call(
        lambda client: client.skills.get_skill_version_content(
            skill_id="skill_123", version="string"
        )
    )
    mock.expect("GET", "/skills/skill_123/versions/string/content")
    mock.check(result, str)
