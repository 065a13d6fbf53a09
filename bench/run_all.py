"""Every benchmark in one run, with a summary table (make bench). --quick for a smoke run."""
from __future__ import annotations

import sys

from bench import entities, load, max_article, scaling, soak, speed


def main() -> None:
    results = {}
    for name, module in (("speed", speed), ("scaling", scaling), ("max_article", max_article),
                         ("entities", entities), ("soak", soak),
                         ("load", load)):
        print(f"\n=== {name} ===", flush=True)
        results.update(module.main())
    print("\n=== summary ===")
    for key, value in results.items():
        print(f"{key:<26} {value:.2f}")
    print(f"reproduce: .venv/bin/python -m bench.run_all {' '.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
