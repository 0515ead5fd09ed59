"""The cycle collector paused for bulk jobs, and put back as it was."""

import gc

import pytest

from wopdesk.storage.heap import collector_paused


def test_a_bulk_job_pauses_automatic_collection_and_puts_it_back_as_it_was() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()  # as in the app, which collects on its own timer
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        # Jobs in threads, ending in another order than they began: the last one out
        # switches collection back on, and only then.
        gc.enable()
        first, second = collector_paused(), collector_paused()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert not gc.isenabled()
        second.__exit__(None, None, None)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_a_failing_bulk_job_still_puts_collection_back() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("the job failed")
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
