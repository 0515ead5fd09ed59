"""The command line of the benchmarks.

python -m bench                  every figure, full size (a few minutes; data is cached)
python -m bench --quick          small data and few runs: a smoke run of the harness
python -m bench --only search    one figure (repeat --only or give a comma list)
python -m bench --list           the figures' names
python -m bench --only bad_link --full-size   the bad-link day with 4 MB photos (~25 min)
"""

import argparse
import compileall
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.harness import (
    FIGURES,
    RESULTS_DIR,
    ROOT,
    FigureResult,
    bench_context,
    format_table,
    run_figure,
    write_json,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description="WOPdesk benchmarks.")
    parser.add_argument("--quick", action="store_true", help="small data, few runs (smoke run)")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run only these figures"
    )
    parser.add_argument(
        "--full-size",
        action="store_true",
        help="run the figures that are scaled down by default (bad_link) at full size",
    )
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--results", type=Path, default=RESULTS_DIR, metavar="DIR", help="where the JSON goes"
    )
    parser.add_argument(
        "--cache", type=Path, default=None, metavar="DIR", help="where generated data is kept"
    )
    return parser


def compile_program() -> None:
    """Write the program's bytecode, as pip and PyInstaller leave it on a user's machine.

    Where PYTHONDONTWRITEBYTECODE is set (some CI and sandbox images), every probe
    process would otherwise compile WOPdesk's sources again at start: a cost no
    installed copy pays, and the bare-Qt floor (which imports nothing of WOPdesk)
    never pays either.
    """
    for package in ("wopdesk", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    given = list(argv) if argv is not None else sys.argv[1:]
    args = build_parser().parse_args(given)
    # Offscreen unless told otherwise, so runs on a desktop and on CI compare.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.figures import ORDER
    from bench.machine import describe, one_line

    if args.list:
        for name in ORDER:
            print(f"{name:16} {FIGURES[name].title}")
        return 0
    wanted = [name for item in args.only for name in item.split(",") if name]
    unknown = sorted(set(wanted) - set(FIGURES))
    if unknown:
        print(f"bench: no figure named {', '.join(unknown)}; see --list.", file=sys.stderr)
        return 2
    names = [name for name in ORDER if not wanted or name in wanted]

    compile_program()
    machine = describe()
    print(f"WOPdesk benchmarks{' (quick)' if args.quick else ''} on {one_line(machine)}")
    results: list[FigureResult] = []
    with bench_context(args.quick, args.cache, args.full_size) as ctx:
        for name in names:
            print(f"- {name}: {FIGURES[name].title}", file=sys.stderr, flush=True)
            result = run_figure(FIGURES[name], ctx)
            results.append(result)
            print(f"  {result.status} in {result.seconds:.0f} s", file=sys.stderr, flush=True)
    print()
    print(format_table(results, markdown=args.markdown))
    command = shlex.join([os.path.basename(sys.executable), "-m", "bench", *given])
    path = write_json(results, machine, args.results, quick=args.quick, command=command)
    print(f"\nResults written to {path}")
    return 1 if any(r.status == "error" for r in results) else 0
