"""Safety of the person: quick exit, idle lock, disguise, no traces, backups and keys."""
