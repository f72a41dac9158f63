"""A bounded, seeded subset of `make sdk-corpus` (tests/sdk_corpus.py): the SDKs of six small real
specs pass every stage in CI_STAGES, in a couple of minutes; so do the committed example SDKs."""

from __future__ import annotations

from pathlib import Path

from sdk_corpus import STAGES, example_specs, run_corpus, select, summary

CI_STAGES = STAGES  # every stage of issue #13, as the full run has them
CI_SAMPLE = 6  # real specs
CI_SEED = 13
CI_MAX_BYTES = 60_000  # small specs only, to keep mypy quick


def test_a_seeded_sample_of_real_specs_passes_the_checked_stages(tmp_path: Path) -> None:
    assert set(CI_STAGES) <= set(STAGES)
    specs = select(False, CI_SAMPLE, CI_SEED, False, CI_MAX_BYTES)
    assert len(specs) == CI_SAMPLE
    results = run_corpus(specs, tmp_path, stages=CI_STAGES, jobs=2, batch=CI_SAMPLE, progress=lambda _: None)
    report = summary(results, CI_STAGES)
    assert not [line for line in report if line.startswith("FAIL")], "\n".join(report)
    assert all(r.status.get(stage) == "pass" for r in results for stage in CI_STAGES), "\n".join(report)


def test_the_committed_example_sdks_pass_every_stage(tmp_path: Path) -> None:
    """output/'s SDKs as committed: build, twine, one venv for all, import, ruff, black and their own
    tests from the installed copy. mypy --strict on them is tests/test_generated_client.py's job."""
    stages = [s for s in STAGES if s != "mypy"]
    specs = example_specs()
    assert len(specs) == 3
    results = run_corpus(specs, tmp_path, stages=stages, jobs=2, batch=len(specs), progress=lambda _: None)
    report = summary(results, stages)
    assert all(r.status.get(stage) == "pass" for r in results for stage in stages), "\n".join(report)
