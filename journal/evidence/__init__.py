"""Evidence files: streaming import and extraction, what their bytes say, capture dates."""
