"""This machine's signature on files that only it should trust.

A pickle kept in the output folder (`ir.component_cache`) runs code when it is read back, and
the output folder lives in a repository: someone could commit one. So it is signed with a key
that never leaves this machine (`$XDG_CACHE_HOME/clientgen/key`, or under ~/.cache), and read
back only when the signature holds. Without a key (no home folder, a read-only one) nothing is
signed, and nothing is trusted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

_SIZE = hashlib.sha256().digest_size


def key_file() -> Path:
    """`$XDG_CACHE_HOME/clientgen/key`, or under ~/.cache when that is unset or relative (as the XDG spec says)."""
    root = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(root):
        root = os.path.expanduser(os.path.join("~", ".cache"))
    return Path(root) / "clientgen" / "key"


def _key() -> bytes | None:
    path = key_file()
    if not path.is_absolute():  # no home folder to expand `~` to
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError:
        return None
    else:
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    try:
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


def signed(data: bytes) -> bytes | None:
    """`data` with this machine's signature before it; None without a key."""
    key = _key()
    return None if key is None else hmac.digest(key, data, "sha256") + data


def verified(blob: bytes) -> bytes | None:
    """The data of a `signed` blob, or None unless this machine signed it."""
    key = _key()
    if key is None or len(blob) < _SIZE:
        return None
    data = blob[_SIZE:]
    return data if hmac.compare_digest(blob[:_SIZE], hmac.digest(key, data, "sha256")) else None
