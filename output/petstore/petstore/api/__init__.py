"""API groups, one module each; the client imports them on first use."""
