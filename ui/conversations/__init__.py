"""The conversations view: imported message histories, their import, links and chart."""
