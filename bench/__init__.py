"""WOPdesk benchmarks: ``python -m bench`` (or ``make bench``); never part of the tests."""
