from typing import Literal, TypeAlias

__all__ = ["BetaMultiAgentAction"]

BetaMultiAgentAction: TypeAlias = (
    Literal[
        "spawn_agent",
        "interrupt_agent",
        "list_agents",
        "send_message",
        "followup_task",
        "wait_agent",
    ]
    | str
)
