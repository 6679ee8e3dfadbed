"""Small mutation run for casekit's statistics (issue 12, item 8).

mutmut does not fit this layout (it copies the package and runs the whole
suite per mutant, hours on a shared 2-core machine), so this script does the
same job narrowly:

1. the hand-made mutants of issue 12 (``LISTED``: one exact text replacement
   each), and
2. an automatic sweep over the statistics functions (``TARGETS``): every
   comparison operator swapped for its neighbour (< <=, > >=, == !=), every
   arithmetic operator for its partner (+ -, * /), every numeric constant
   nudged (n -> n + 1; 0.5 -> 0.6 ...).

Each mutant is written over the module file, the casekit modules are dropped
from ``sys.modules``, and pytest runs the statistics tests in-process with
``-x``; the file is restored afterwards (also on Ctrl-C). A mutant is killed
when a test fails or the module no longer imports. Run from the repository
root:  python tools/mutation_run.py [--listed-only] [--limit N]
Prints one line per mutant and the totals; survivors are listed at the end.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = [
    "tests/test_change_reference.py",
    "tests/test_cohort_reference.py",
    "tests/test_scoring_reference.py",
    "tests/test_one_client.py",
    "tests/test_change.py",
    "tests/test_cohort.py",
    "tests/test_scoring.py",
]

# (module, original text, mutated text, what issue 12 item 8 calls it)
LISTED = [
    (
        "casekit/change/__init__.py",
        'improved = both & (oriented > cols["z"])',
        'improved = both & (oriented >= cols["z"])',
        "|RCI| > z changed to >=",
    ),
    (
        "casekit/change/__init__.py",
        "pre_func = np.where(hiw, x1 < cut, x1 > cut)",
        "pre_func = np.where(hiw, x1 <= cut, x1 > cut)",
        "x1 < cut changed to <=",
    ),
    (
        "casekit/change/__init__.py",
        "or not 0 < float(r) < 1",
        "or not 0 < float(r) <= 1",
        "reliability 1.0 accepted",
    ),
    (
        "casekit/change/rci.py",
        "se_pred = s1 * np.sqrt(1 - r**2)\n        rci = ((b - m1) - r * (a - m1)) / se_pred\n        center = (r - 1) * (a - m1)\n        half = zval * se_pred",
        "se_pred = s1 * np.sqrt(1 - r**2)\n        rci = ((b - m1) - r * (a - m1)) / se_pred\n        center = (r - 1) * (a - m1)\n        half = zval * s1",
        "GLN threshold without sqrt(1 - r^2)",
    ),
    (
        "casekit/change/rci.py",
        "return rci, -shift / rdd, zval * scale / rdd, None",
        "return rci, -shift / rdd, zval * scale * rdd, None",
        "HA threshold * r_DD for / r_DD",
    ),
    (
        "casekit/change/rci.py",
        "return rci, -shift / rdd, zval * scale / rdd, None",
        "return rci, 0.0, zval * scale / rdd, None",
        "HA threshold without the mean-change shift",
    ),
    (
        "casekit/change/rci.py",
        "if len(pa) < 3:",
        "if len(pa) < 2:",
        "HA minimum 3 pairs lowered to 2",
    ),
    (
        "casekit/change/norms.py",
        'clinical = inst.norms.get("clinical") if scale == "total" else None\n    n = len(pa)',
        'clinical = inst.norms.get("clinical")\n    n = len(pa)',
        "total's clinical norms on subscales",
    ),
    (
        "casekit/change/rci.py",
        "se2 = s1**2 * (1 - r)  # constant",
        "se2 = (s1 * 1.05) ** 2 * (1 - r)  # constant",
        "HA SE from another SD than the pairs'",
    ),
    (
        "casekit/change/rci.py",
        "rxx1 = r\n",
        "rxx1 = (s1**2 - se2 * 1.1) / s1**2\n",
        "HA r_xx1 not r",
    ),
    (
        "casekit/change/norms.py",
        "if sample and n >= min_pairs:",
        "if sample:",
        "sample SD from too few pairs",
    ),
    (
        "casekit/change/__init__.py",
        'r = ref["reliability"]  # the SD',
        "pass  # the SD",
        "reference sample's reliability ignored",
    ),
    (
        "casekit/scoring.py",
        "answers[:, idx] = (inst.response_min + inst.response_max) - answers[:, idx]",
        "answers[:, idx] = (inst.response_max + 1) - answers[:, idx]",
        "reverse keying as max + 1 - a",
    ),
    (
        "casekit/scoring.py",
        "prorated = ok & (n_blank > 0)",
        "prorated = n_blank > 0",
        "prorated set on rows whose total is missing",
    ),
    (
        "casekit/scoring.py",
        "        if not whole:\n            bad |= answers != np.round(answers)",
        "        if False:\n            bad |= answers != np.round(answers)",
        "whole-number check removed",
    ),
    (
        "casekit/scoring.py",
        'if nxt - float(bands[a]["max"]) <= 1:',
        "if False:",
        "bands closed (prorated totals between bands get none)",
    ),
    (
        "casekit/cohort.py",
        "np.sqrt(1 / n + dz**2 / (2 * n))",
        "np.sqrt(1 / n)",
        "large-n d_z CI without dz^2/(2n)",
    ),
    (
        "casekit/cohort.py",
        'row[f"pct_{s}"] = 100 * c / classified if classified else np.nan',
        'row[f"pct_{s}"] = 100 * c / n if n else np.nan',
        "percentages over all pairs",
    ),
    (
        "casekit/cohort.py",
        'out["g_av_ci_high"] = j * lam_hi * scale',
        'out["g_av_ci_high"] = lam_hi * scale',
        "g_av_ci_high without Hedges' J",
    ),
    (
        "casekit/cohort.py",
        "    out.update(wilcoxon(d))\n    return out",
        "    if n > 5:\n        out.update(wilcoxon(d))\n    return out",
        "Wilcoxon skipped for n <= 5",
    ),
    (
        "casekit/cohort.py",
        "if n >= 3:\n                j = 1 - 3 / (4 * df - 1)",
        "if n >= 2:\n                j = 1 - 3 / (4 * df - 1)",
        "g_av at n = 2 (J = 0)",
    ),
    (
        "casekit/cohort.py",
        "exact = not ties and len(d) <= WILCOXON_EXACT_MAX",
        "exact = False",
        "Wilcoxon always normal",
    ),
    (
        "casekit/cohort.py",
        "correction=False,",
        "correction=True,",
        "Wilcoxon continuity correction",
    ),
]

TARGETS = {
    "casekit/change/__init__.py": {"_group", "change"},
    "casekit/change/norms.py": {"_sd_source"},
    "casekit/change/rci.py": {"_rci_band", "_ha"},
    "casekit/change/cutoffs.py": {"cutoffs", "_place_cutoff"},
    "casekit/cohort.py": {"paired_statistics", "wilcoxon", "cohort_summary", "_alpha"},
    "casekit/scoring.py": {"_score_matrix", "_key_in_place", "_check_range", "band_edges",
                           "_categories", "possible_totals"},
}  # fmt: skip

SWAP_CMP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
            ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}  # fmt: skip
SWAP_BIN = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult}


def _sites(source: str, functions: set[str]):
    """(line, col, end_line, end_col, replacement text, label) of each automatic mutant."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)

    def seg(node):
        return ast.get_source_segment(source, node)

    out = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or fn.name not in functions:
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Compare) and len(node.ops) == 1:
                op = type(node.ops[0])
                if op in SWAP_CMP:
                    new = ast.Compare(
                        left=node.left, ops=[SWAP_CMP[op]()], comparators=node.comparators
                    )
                    out.append(
                        (
                            node,
                            ast.unparse(new),
                            f"{fn.name}: {seg(node)!r} -> {ast.unparse(new)!r}",
                        )
                    )
            elif isinstance(node, ast.BinOp) and type(node.op) in SWAP_BIN:
                new = ast.BinOp(left=node.left, op=SWAP_BIN[type(node.op)](), right=node.right)
                out.append(
                    (node, ast.unparse(new), f"{fn.name}: {seg(node)!r} -> {ast.unparse(new)!r}")
                )
            elif (isinstance(node, ast.Constant) and isinstance(node.value, (int, float))
                  and not isinstance(node.value, bool)):  # fmt: skip
                v = node.value
                nv = v + 1 if isinstance(v, int) else round(v * 1.1 + (0.1 if v == 0 else 0), 6)
                out.append(
                    (node, repr(nv), f"{fn.name}: constant {v!r} -> {nv!r} (line {node.lineno})")
                )
    del lines
    return out


def _apply(source: str, node, text: str) -> str:
    lines = source.splitlines(keepends=True)
    start = sum(len(x) for x in lines[: node.lineno - 1]) + len(
        lines[node.lineno - 1].encode()[: node.col_offset].decode()
    )
    end = sum(len(x) for x in lines[: node.end_lineno - 1]) + len(
        lines[node.end_lineno - 1].encode()[: node.end_col_offset].decode()
    )
    needs_paren = not (text.startswith("(") or text.replace(".", "").replace("-", "").isdigit())
    return source[:start] + (f"({text})" if needs_paren else text) + source[end:]


def _run_tests() -> bool:
    """True when every test passes (the mutant survives)."""
    for name in [m for m in sys.modules if m == "casekit" or m.startswith("casekit.")]:
        del sys.modules[name]
    for name in [m for m in sys.modules if m.startswith("test_") or m.startswith("tests.")]:
        del sys.modules[name]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                            "--hypothesis-seed=0", *TESTS])  # fmt: skip
    return code == 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--listed-only", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", help="sweep only this module (e.g. casekit/scoring.py)")
    ap.add_argument("--no-listed", action="store_true", help="skip the listed mutants")
    ap.add_argument("--rerun", help="run only the mutants a previous log lists as SURVIVED")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    originals = {p: (ROOT / p).read_text("utf-8") for p in TARGETS}
    mutants = []
    for path, old, new, label in [] if args.no_listed else LISTED:
        src = originals[path]
        assert src.count(old) == 1, f"listed mutant not found once in {path}: {label}"
        mutants.append((path, src.replace(old, new), f"[listed] {label}"))
    if not args.listed_only:
        for path, functions in TARGETS.items():
            if args.only and path != args.only:
                continue
            src = originals[path]
            for node, text, label in _sites(src, functions):
                mutated = _apply(src, node, text)
                if mutated != src:
                    mutants.append((path, mutated, f"[auto] {path}: {label}"))
    if args.rerun:
        marker = " SURVIVED "
        wanted = {
            line.split(marker, 1)[1].rstrip("\n")
            for line in Path(args.rerun).read_text("utf-8").splitlines()
            if marker in line
        }
        mutants = [m for m in mutants if m[2] in wanted]
    if args.limit:
        mutants = mutants[: args.limit]
    if not _run_tests():
        print("the tests fail without any mutant: fix them first")
        return 2
    survivors, killed, t0 = [], 0, time.time()
    try:
        for k, (path, mutated, label) in enumerate(mutants, 1):
            try:
                compile(mutated, path, "exec")
            except SyntaxError:
                print(f"{k:4d} invalid  {label}")
                continue
            (ROOT / path).write_text(mutated, "utf-8")
            try:
                alive = _run_tests()
            except Exception:  # noqa: BLE001 - an import error kills the mutant
                alive = False
            finally:
                (ROOT / path).write_text(originals[path], "utf-8")
            killed += not alive
            if alive:
                survivors.append(label)
            print(f"{k:4d} {'SURVIVED' if alive else 'killed  '} {label}", flush=True)
    finally:
        for p, s in originals.items():
            (ROOT / p).write_text(s, "utf-8")
    total = killed + len(survivors)
    print(f"\n{total} mutants, {killed} killed, {len(survivors)} survived "
          f"({time.time() - t0:.0f} s)")  # fmt: skip
    for s in survivors:
        print("  survived:", s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
