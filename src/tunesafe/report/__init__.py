"""Self-contained HTML reports (plots embedded, every string escaped)."""
