"""The slides' offline JavaScript: reveal.js and MathJax, fetched once, copied beside each deck.

reveal.js and MathJax are npm packages (:data:`ASSET_PACKAGES`, pinned).
:func:`fetch_assets` runs ``npm pack NAME@VERSION`` for each, keeps only the
files a deck loads (:data:`_KEEP`) and moves them into
``casekit/assets/vendor/`` (or ``$CASEKIT_ASSETS``) in one rename, with a
stamp of the versions; ``make install`` calls it through
``python -m casekit.slides --fetch-assets``. :func:`check_assets` says how
to fetch them when they are missing, and :func:`_copy_assets` copies them into
``slides_assets/`` beside a deck (skipped when the stamp is already there).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import uuid
from pathlib import Path

from .errors import ExportError
from .i18n import msg

__all__ = ["ASSETS_FOLDER", "ASSET_PACKAGES", "assets_dir", "check_assets", "fetch_assets"]

#: npm packages (name -> pinned version) copied into ``slides_assets/``.
ASSET_PACKAGES = {"reveal.js": "5.2.1", "mathjax": "3.2.2"}

#: files and folders taken from each npm tarball (paths inside ``package/``)
_KEEP = {
    "reveal.js": (
        "dist/reveal.js",
        "dist/reveal.css",
        "dist/reset.css",
        "dist/theme/white.css",
        "dist/theme/fonts/source-sans-pro/",
        "dist/theme/fonts/league-gothic/",
        "plugin/notes/notes.js",
        "LICENSE",
    ),
    "mathjax": (
        "es5/tex-chtml-full.js",
        "es5/output/chtml/fonts/woff-v2/",
        "LICENSE",
    ),
}
_FOLDER = {"reveal.js": "reveal", "mathjax": "mathjax"}
_STAMP = "casekit-assets.json"
ASSETS_FOLDER = "slides_assets"


def assets_dir() -> Path:
    """Folder holding the fetched JavaScript packages.

    ``$CASEKIT_ASSETS`` when set, else ``casekit/assets/vendor`` inside the
    installed package.
    """
    env = os.environ.get("CASEKIT_ASSETS")
    return Path(env) if env else Path(__file__).parent / "assets" / "vendor"


def _member_wanted(name: str, keep: tuple[str, ...]) -> str | None:
    if not name.startswith("package/"):
        return None
    rel = name[len("package/") :]
    for k in keep:
        if (k.endswith("/") and rel.startswith(k)) or rel == k:
            return rel
    return None


def fetch_assets(dest: str | os.PathLike | None = None, *, npm: str = "npm") -> Path:
    """Fetch reveal.js and MathJax from the npm registry into ``dest``.

    Runs ``npm pack NAME@VERSION`` for every package of
    :data:`ASSET_PACKAGES` and keeps only the files slides need. Idempotent:
    returns at once when ``dest`` already holds the pinned versions. The
    folder is filled in a temporary sibling and renamed into place, so an
    interrupted fetch leaves nothing half-done.

    Parameters
    ----------
    dest : path, optional
        Target folder; default :func:`assets_dir`.
    npm : str
        The npm executable.

    Returns
    -------
    Path
        The assets folder.

    Raises
    ------
    ExportError
        When npm is missing or a package cannot be fetched.
    """
    dest = Path(dest) if dest is not None else assets_dir()
    stamp = dest / _STAMP
    if stamp.is_file():
        with contextlib.suppress(ValueError):
            if json.loads(stamp.read_text(encoding="utf-8")) == ASSET_PACKAGES:
                return dest
    if shutil.which(npm) is None:
        raise ExportError(
            "npm (Node.js) is needed once, at install time, to fetch reveal.js and MathJax "
            "for offline slides. Install Node.js (Debian: apt-get install npm) and run "
            "`make install` again."
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".assets-", dir=dest.parent))
    try:
        for name, version in ASSET_PACKAGES.items():
            spec = f"{name}@{version}"
            proc = subprocess.run(
                [npm, "pack", spec, "--silent", "--pack-destination", str(work)],
                capture_output=True,
                text=True,
                check=False,
            )
            tgz = work / proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else None
            if proc.returncode != 0 or tgz is None or not tgz.is_file():
                raise ExportError(
                    f"Could not fetch {spec} from the npm registry: "
                    f"{(proc.stderr or proc.stdout).strip()[:400]}"
                )
            target = work / "out" / _FOLDER[name]
            with tarfile.open(tgz) as tar:
                for member in tar.getmembers():
                    rel = _member_wanted(member.name, _KEEP[name])
                    if rel is None or not member.isfile():
                        continue
                    out = target / rel
                    out.parent.mkdir(parents=True, exist_ok=True)
                    src = tar.extractfile(member)
                    if src is None:
                        continue
                    out.write_bytes(src.read())
            tgz.unlink()
        (work / "out" / _STAMP).write_text(json.dumps(ASSET_PACKAGES), encoding="utf-8")
        old = None
        if dest.exists():
            old = dest.with_name(dest.name + f".old-{uuid.uuid4().hex[:8]}")
            dest.rename(old)
        (work / "out").rename(dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def check_assets(folder: str | os.PathLike | None = None) -> Path:
    """Return the assets folder, or raise ExportError saying how to fetch it."""
    folder = Path(folder) if folder is not None else assets_dir()
    needed = [
        folder / "reveal" / "dist" / "reveal.js",
        folder / "reveal" / "plugin" / "notes" / "notes.js",
        folder / "mathjax" / "es5" / "tex-chtml-full.js",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise ExportError(msg("s_no_assets", missing=str(missing[0])))
    return folder


def _copy_assets(src: Path, dest: Path) -> None:
    """Copy reveal.js, MathJax and plotly.js into ``dest`` (skip when current)."""
    from plotly.offline import get_plotlyjs

    stamp_src = src / _STAMP
    stamp_dest = dest / _STAMP
    plotly_js = dest / "plotly.min.js"
    if (
        stamp_dest.is_file()
        and plotly_js.is_file()
        and stamp_src.is_file()
        and stamp_dest.read_text(encoding="utf-8") == stamp_src.read_text(encoding="utf-8")
    ):
        return
    tmp = Path(tempfile.mkdtemp(prefix=".slides_assets-", dir=dest.parent))
    try:
        shutil.copytree(src, tmp, dirs_exist_ok=True)
        (tmp / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _main(argv: list[str] | None = None) -> int:  # pragma: no cover - install helper
    p = argparse.ArgumentParser(prog="python -m casekit.slides")
    p.add_argument("--fetch-assets", action="store_true", help="fetch reveal.js and MathJax")
    p.add_argument("--dest", default=None)
    args = p.parse_args(argv)
    if args.fetch_assets:
        try:
            path = fetch_assets(args.dest)
        except ExportError as err:
            print(f"casekit: {err}", file=sys.stderr)
            return 1
        print(f"slide assets ready in {path}")
    return 0
