"""The digest of a folder of code or templates: what makes a run's options digest (`fingerprint`)."""

from __future__ import annotations

from pathlib import Path

from clientgen import fingerprint


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def test_every_file_counts_but_bytecode(tmp_path: Path) -> None:
    base = {"a.py": b"x = 1\n", "sub/b.j2": b"{{ x }}\n", "sub/deeper/c.txt": b"c"}
    digest = fingerprint._tree_digest([_tree(tmp_path / "one", base)])
    assert fingerprint._files(str(tmp_path / "one")) == ["a.py", "sub/b.j2", "sub/deeper/c.txt"]
    assert fingerprint._tree_digest([_tree(tmp_path / "same", base)]) == digest, "the folder's own path does not count"
    cached = {**base, "__pycache__/a.cpython-311.pyc": b"\0", "sub/stray.pyc": b"\0"}
    assert fingerprint._tree_digest([_tree(tmp_path / "cached", cached)]) == digest
    for changed in (
        {**base, "sub/b.j2": b"{{ y }}\n"},  # content
        {**base, "sub/deeper/c.txt": b"cc"},  # size
        {"a.py": base["a.py"], "sub/b2.j2": base["sub/b.j2"], "sub/deeper/c.txt": b"c"},  # a name
        {**base, "new.py": b""},  # an empty file added
    ):
        folder = tmp_path / f"changed{len(list(tmp_path.iterdir()))}"
        assert fingerprint._tree_digest([_tree(folder, changed)]) != digest, changed
