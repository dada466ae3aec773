"""Case tools over the entries: after disclosure, reports and complaints, officers,
risk, patterns, contacts."""
