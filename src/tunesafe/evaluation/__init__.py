"""Evaluation: judges, suites and their metrics (DESIGN section 3, step 4)."""
