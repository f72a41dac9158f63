"""Tests of the Realtime operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)
from openai_client.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)
from openai_client.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from openai_client.models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)


def test_create_realtime_call(call, mock):
    mock.respond(201, "application/sdp", b"example bytes")
    result = call(lambda client: client.realtime.create_realtime_call(sdp="string"))
    mock.expect("POST", "/realtime/calls")
    mock.check(result, bytes)


def test_accept_realtime_call(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.realtime.accept_realtime_call(
            call_id="string", type="realtime"
        )
    )
    mock.expect("POST", "/realtime/calls/string/accept")
    mock.check(result, None)


def test_hangup_realtime_call(call, mock):
    mock.respond(200)
    result = call(lambda client: client.realtime.hangup_realtime_call(call_id="string"))
    mock.expect("POST", "/realtime/calls/string/hangup")
    mock.check(result, None)


def test_refer_realtime_call(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.realtime.refer_realtime_call(
            call_id="string", target_uri="tel:+14155550123"
        )
    )
    mock.expect("POST", "/realtime/calls/string/refer")
    mock.check(result, None)


def test_reject_realtime_call(call, mock):
    mock.respond(200)
    result = call(lambda client: client.realtime.reject_realtime_call(call_id="string"))
    mock.expect("POST", "/realtime/calls/string/reject")
    mock.check(result, None)


def test_create_realtime_client_secret(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "value": "string",
            "expires_at": 1,
            "session": {
                "type": "realtime",
                "id": "string",
                "object": "realtime.session",
            },
        },
    )
    result = call(lambda client: client.realtime.create_realtime_client_secret())
    mock.expect("POST", "/realtime/client_secrets")
    mock.check(result, RealtimeCreateClientSecretResponse)


def test_create_realtime_session(call, mock):
    mock.respond(200, "application/json", {})
    result = call(
        lambda client: client.realtime.create_realtime_session(
            client_secret={"value": "string", "expires_at": 1}
        )
    )
    mock.expect("POST", "/realtime/sessions")
    mock.check(result, RealtimeSessionCreateResponse)


def test_create_realtime_transcription_session(call, mock):
    mock.respond(
        200, "application/json", {"client_secret": {"value": "string", "expires_at": 1}}
    )
    result = call(
        lambda client: client.realtime.create_realtime_transcription_session()
    )
    mock.expect("POST", "/realtime/transcription_sessions")
    mock.check(result, RealtimeTranscriptionSessionCreateResponse)


def test_create_realtime_translation_client_secret(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "value": "string",
            "expires_at": 1,
            "session": {
                "id": "string",
                "type": "translation",
                "expires_at": 1,
                "model": "string",
                "audio": {},
            },
        },
    )
    result = call(
        lambda client: client.realtime.create_realtime_translation_client_secret(
            session={"model": "string"}
        )
    )
    mock.expect("POST", "/realtime/translations/client_secrets")
    mock.check(result, RealtimeTranslationClientSecretCreateResponse)
