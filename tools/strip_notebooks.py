"""Strip outputs, execution counts and widget state from notebooks (nbformat only).

    .venv/bin/python tools/strip_notebooks.py notebooks/*.ipynb          # strip in place
    .venv/bin/python tools/strip_notebooks.py --check notebooks/*.ipynb  # exit 1 if any has outputs

Run it before committing a notebook you ran in JupyterLab (``nbstripout`` is not
a dependency of casekit).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat


def strip(nb) -> bool:
    """Remove outputs in place; return True when something was removed."""
    changed = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if cell.outputs or cell.execution_count is not None:
            cell.outputs, cell.execution_count = [], None
            changed = True
        if cell.metadata.pop("execution", None) is not None:
            changed = True
    if nb.metadata.pop("widgets", None) is not None:
        changed = True
    return changed


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"]
    dirty = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if strip(nb):
            dirty.append(path)
            if not check:
                nbformat.write(nb, path)
    for path in dirty:
        print(("has outputs: " if check else "stripped: ") + str(path))
    return 1 if (check and dirty) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
