"""Benchmarks: each script writes one result file here, stamped (benchmarks/stamp.py);
`python -m benchmarks` regenerates the stale ones."""
