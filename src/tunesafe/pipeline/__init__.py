"""The pipeline: audit -> prepare -> evaluate base -> train -> evaluate tuned -> report -> gate."""
