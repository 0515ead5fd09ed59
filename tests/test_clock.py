"""Hybrid logical clock stamps and the last-writer-wins merge rule."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wopdesk.storage.clock import HybridClock, Stamp, is_stamp, stamp_node
from wopdesk.sync.merge import FieldState, decide, newer

NODE_A = "aaaaaaaaaaaaaaaa"
NODE_B = "bbbbbbbbbbbbbbbb"

stamps = st.builds(
    Stamp,
    wall=st.integers(0, 10**13 - 1),
    counter=st.integers(0, 0xFFFF),
    node=st.text("0123456789abcdefghijklmnopqrstuvwxyz", min_size=16, max_size=16),
)


@given(stamps, stamps)
def test_encoded_stamps_compare_like_stamps(a: Stamp, b: Stamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert Stamp.decode(a.encode()) == a


def test_ticks_grow_even_when_the_wall_clock_goes_back() -> None:
    times = iter([1000, 1000, 999, 500, 1001])
    clock = HybridClock(NODE_A, now=lambda: next(times))
    ticks = [clock.tick() for _ in range(5)]
    assert ticks == sorted(ticks)
    assert len(set(ticks)) == 5
    assert ticks[0] == Stamp(1000, 0, NODE_A)
    assert ticks[3] == Stamp(1000, 3, NODE_A)
    assert ticks[4] == Stamp(1001, 0, NODE_A)


def test_a_tick_after_observing_is_later_than_what_was_seen() -> None:
    clock = HybridClock(NODE_A, now=lambda: 1000)
    remote = Stamp(5000, 7, NODE_B)
    clock.observe(remote)
    assert clock.tick() == Stamp(5000, 8, NODE_A)
    clock.observe(Stamp(10, 0, NODE_B))  # an old stamp changes nothing
    assert clock.tick() == Stamp(5000, 9, NODE_A)


def test_counter_overflow_moves_to_the_next_millisecond() -> None:
    clock = HybridClock(NODE_A, last=Stamp(1000, 0xFFFF, NODE_A), now=lambda: 1000)
    assert clock.tick() == Stamp(1001, 0, NODE_A)


@pytest.mark.parametrize(
    "text", ["", "12.0000.aaaaaaaaaaaaaaaa", "0000000001000.zzzz.node", None, 5]
)
def test_junk_is_not_a_stamp(text: object) -> None:
    assert not is_stamp(text)
    if isinstance(text, str):
        with pytest.raises(ValueError):
            Stamp.decode(text)


def test_bad_node_id_is_refused() -> None:
    with pytest.raises(ValueError):
        HybridClock("NOT-A-NODE")


def s(wall: int, node: str = NODE_A) -> str:
    return Stamp(wall, 0, node).encode()


def test_merge_rule() -> None:
    current = FieldState("old", s(100, NODE_A))
    # A new record's field, or a change that saw the current value: no conflict.
    assert decide(None, "x", s(50, NODE_B), None).apply
    seen = decide(current, "new", s(200, NODE_B), current.stamp)
    assert seen.apply
    assert not seen.conflict
    # The same stamp again is a replay.
    assert decide(current, "old", current.stamp, None).duplicate
    # Concurrent: the later stamp wins either way, and the loser is set aside.
    later = decide(current, "new", s(200, NODE_B), s(10, NODE_A))
    earlier = decide(current, "new", s(50, NODE_B), s(10, NODE_A))
    assert later.apply
    assert later.conflict
    assert not earlier.apply
    assert earlier.conflict
    # The same value, or the same replica writing again, is never a conflict.
    assert not decide(current, "old", s(200, NODE_B), None).conflict
    assert not decide(current, "new", s(200, NODE_A), s(10, NODE_A)).conflict
    assert stamp_node(s(1, NODE_B)) == NODE_B
    assert newer(s(2), s(1))
    assert newer(s(1), None)
    assert not newer(s(1), s(1))
