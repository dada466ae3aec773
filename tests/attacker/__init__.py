"""A test-only attacker that knows the vault format from docs/vault-format.md alone."""
