"""The committed OpenAI client's models on real payload shapes: discriminated unions pick
the right class, and unknown fields, enum values and variants do not break parsing."""

from __future__ import annotations

from conftest import OUTPUT, run_python

PROJECT = OUTPUT / "openai"

CODE = r'''
import pydantic
from openai_client.models import (
    ChatCompletionRequestMessage, ResponseStreamEvent, Annotation, Upload,
    ChatCompletionRequestUserMessage, ChatCompletionRequestToolMessage, ResponseTextDeltaEvent,
    ResponseCompletedEvent, FilePath, UrlCitationBody,
)
def parse(tp, data):
    return pydantic.TypeAdapter(tp).validate_python(data)

# chat messages are told apart by `role`
assert type(parse(ChatCompletionRequestMessage, {"role": "user", "content": "hi"})) is ChatCompletionRequestUserMessage
tool = parse(ChatCompletionRequestMessage, {"role": "tool", "content": "42", "tool_call_id": "call_1"})
assert type(tool) is ChatCompletionRequestToolMessage and tool.tool_call_id == "call_1"

# streaming events are told apart by `type` (no discriminator in the spec: inferred from the members' literals)
delta = parse(ResponseStreamEvent, {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                                    "content_index": 0, "delta": "Hel", "sequence_number": 3, "logprobs": []})
assert type(delta) is ResponseTextDeltaEvent and delta.delta == "Hel"
assert type(parse(Annotation, {"type": "file_path", "file_id": "file-1", "index": 3})) is FilePath
assert type(parse(Annotation, {"type": "url_citation", "url": "https://x", "title": "t", "start_index": 0, "end_index": 1})) is UrlCitationBody

# a variant the client does not know yet parses as a plain dict instead of failing
unknown = parse(ResponseStreamEvent, {"type": "response.teleported", "sequence_number": 9})
assert unknown == {"type": "response.teleported", "sequence_number": 9}

# unknown fields are kept, unknown enum values accepted (open enums)
raw = {"id": "upload_1", "object": "upload", "bytes": 1, "created_at": 1, "filename": "f", "purpose": "brand-new",
       "status": "archived", "expires_at": 2, "new_field": {"a": 1}}
upload = Upload.model_validate(raw)
assert upload.status == "archived" and upload.model_extra == {"new_field": {"a": 1}}
assert upload.to_dict() == raw
print("ok")
'''


def test_discriminated_unions_and_tolerant_parsing() -> None:
    result = run_python(CODE, path=PROJECT, env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"
