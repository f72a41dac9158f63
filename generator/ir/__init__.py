"""The intermediate representation: everything templates may read, and nothing else."""
