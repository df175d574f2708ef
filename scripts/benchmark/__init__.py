"""The phases of `make bench`, one module each; scripts/bench.py runs them."""
