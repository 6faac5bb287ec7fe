"""Audit: is a dataset safe to tune on? Findings with rows and severities, and an exit-code policy."""
