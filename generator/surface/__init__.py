"""What changed for the SDK's users between two runs: the public-surface snapshot, its comparison,
the CHANGELOG and the next version (see the README's "Knowing what changed")."""
