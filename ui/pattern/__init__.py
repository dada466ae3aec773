"""The pattern view: events per month by category, as a chart and a table."""
