from .._base_model import BaseModel

__all__ = ["ModifyAssistantRequestToolResourcesVariant1CodeInterpreter"]


class ModifyAssistantRequestToolResourcesVariant1CodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """Overrides the list of [file](https://api.openai.com/docs/api-reference/files) IDs
    made available to the `code_interpreter` tool. There can be a maximum of 20 files
    associated with the tool.
    """
