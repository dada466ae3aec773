"""Case tools: the complaints tracker, after-disclosure view, risk history, profiles."""
