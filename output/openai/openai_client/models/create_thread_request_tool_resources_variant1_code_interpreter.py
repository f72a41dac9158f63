from .._base_model import BaseModel

__all__ = ["CreateThreadRequestToolResourcesVariant1CodeInterpreter"]


class CreateThreadRequestToolResourcesVariant1CodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](https://api.openai.com/docs/api-reference/files) IDs made
    available to the `code_interpreter` tool. There can be a maximum of 20 files
    associated with the tool.
    """
