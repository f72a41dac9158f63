"""Tests of the Audio operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from openai_client.models.create_transcription_response_json import (
    CreateTranscriptionResponseJson,
)
from openai_client.models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from openai_client.models.create_translation_response_json import (
    CreateTranslationResponseJson,
)
from openai_client.models.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from openai_client.models.voice_consent_deleted_resource import (
    VoiceConsentDeletedResource,
)
from openai_client.models.voice_consent_list_resource import VoiceConsentListResource
from openai_client.models.voice_consent_resource import VoiceConsentResource
from openai_client.models.voice_resource import VoiceResource


def test_create_speech(call, mock):
    mock.respond(200, "application/octet-stream", b"example bytes")
    result = call(
        lambda client: client.audio.create_speech(
            model="string", input="string", voice="ash"
        )
    )
    mock.expect("POST", "/audio/speech")
    mock.check(result, bytes)


def test_create_transcription(call, mock):
    mock.respond(200, "application/json", {"text": "string"})
    result = call(
        lambda client: client.audio.create_transcription(
            file=b"example bytes", model="gpt-4o-transcribe"
        )
    )
    mock.expect("POST", "/audio/transcriptions")
    mock.check(
        result,
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson,
    )


def test_create_translation(call, mock):
    mock.respond(200, "application/json", {"text": "string"})
    result = call(
        lambda client: client.audio.create_translation(
            file=b"example bytes", model="whisper-1"
        )
    )
    mock.expect("POST", "/audio/translations")
    mock.check(
        result, CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
    )


def test_create_voice_consent(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "audio.voice_consent",
            "id": "string",
            "name": "string",
            "language": "string",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.audio.create_voice_consent(
            name="string", recording=b"example bytes", language="string"
        )
    )
    mock.expect("POST", "/audio/voice_consents")
    mock.check(result, VoiceConsentResource)


def test_list_voice_consents(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "audio.voice_consent",
                    "id": "string",
                    "name": "string",
                    "language": "string",
                    "created_at": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.audio.list_voice_consents())
    mock.expect("GET", "/audio/voice_consents")
    mock.check(result, VoiceConsentListResource)


def test_get_voice_consent(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "audio.voice_consent",
            "id": "string",
            "name": "string",
            "language": "string",
            "created_at": 1,
        },
    )
    result = call(lambda client: client.audio.get_voice_consent(consent_id="string"))
    mock.expect("GET", "/audio/voice_consents/string")
    mock.check(result, VoiceConsentResource)


def test_update_voice_consent(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "audio.voice_consent",
            "id": "string",
            "name": "string",
            "language": "string",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.audio.update_voice_consent(
            consent_id="string", name="string"
        )
    )
    mock.expect("POST", "/audio/voice_consents/string")
    mock.check(result, VoiceConsentResource)


def test_delete_voice_consent(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "audio.voice_consent", "deleted": True},
    )
    result = call(lambda client: client.audio.delete_voice_consent(consent_id="string"))
    mock.expect("DELETE", "/audio/voice_consents/string")
    mock.check(result, VoiceConsentDeletedResource)


def test_create_voice(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "audio.voice", "id": "string", "name": "string", "created_at": 1},
    )
    result = call(
        lambda client: client.audio.create_voice(
            name="string", audio_sample=b"example bytes", consent="string"
        )
    )
    mock.expect("POST", "/audio/voices")
    mock.check(result, VoiceResource)
