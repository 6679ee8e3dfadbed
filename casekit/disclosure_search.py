"""Complementary suppression: which further cells to blank so that no blank can be narrowed.

Given a table with its primary suppressions (:class:`casekit.disclosure_audit.Table`),
:func:`protect` audits every blank in table order and, while one's feasible interval is
narrower than the protection level, blanks the cheapest set of cells that widens it:
a shortest augmenting path (Dijkstra) in the residual flow network of the table, where
already-blank cells cost nothing and a published cell costs 1 plus its count (so few
and small cells are preferred; a total costs far more and is blanked only when no set
of cells can do it). Blanking only widens intervals, so the search ends; afterwards
every complementary blank that is not needed is published again (dearest first).
This is the network-flow view of cell suppression of Cox (1980) and Hundepool et al.
(2012, ch. 4-5); it finds a good, not necessarily the smallest, set of blanks.

References
----------
Cox, L. H. (1980). Suppression methodology and statistical disclosure control.
Journal of the American Statistical Association, 75(370), 377-385.

Hundepool, A., et al. (2012). Statistical Disclosure Control. Wiley. Ch. 4-5.
"""

from __future__ import annotations

import heapq

import numpy as np

from .disclosure_audit import (
    HIDDEN,
    PUBLISHED,
    Table,
    _max_flow,
    _residual,
    lp_intervals,
    width_at_least,
)
from .errors import CasekitError, ParameterError
from .i18n import msg

__all__ = ["protect", "lp_check"]

_MARGIN_COST = 1e6  # a total is blanked only when no set of cells can protect a blank


def _cheapest_path(edges, state, skip, s, t, residual, hideable, cost):
    """Cheapest s -> t path using residual capacity of hidden edges (cost 0) and
    published, hideable edges (their cost); returns the hideable edges on it."""
    n = len(residual)
    arcs = [[] for _ in range(n)]
    for u in range(n):
        for v, c in residual[u].items():
            if c > 0:
                arcs[u].append((v, 0.0, -1))
    for a, (u, v, f) in enumerate(edges):
        if a == skip or state[a] != PUBLISHED or not hideable[a]:
            continue
        arcs[u].append((v, cost[a], a))  # raise it: no limit
        if f > 0:
            arcs[v].append((u, cost[a], a))  # lower it: by f at most
    dist = [float("inf")] * n
    back: list = [None] * n
    dist[s] = 0.0
    heap = [(0.0, s)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w, a in arcs[u]:
            if d + w < dist[v]:
                dist[v], back[v] = d + w, (u, a)
                heapq.heappush(heap, (d + w, v))
    if back[t] is None:
        return None, float("inf")
    used, v = [], t
    while v != s:
        u, a = back[v]
        if a >= 0:
            used.append(a)
        v = u
    return used, dist[t]


def _widen(table: Table, edge: int, level: float, hideable, cost) -> list[int]:
    """Edges to blank so that ``edge``'s interval gets wider (one augmenting path)."""
    edges = table.edges()
    n, m = table.shape
    u, v, x = edges[edge]
    best = (None, float("inf"))
    for s, t, room in ((v, u, float("inf")), (u, v, x)):  # raise it, lower it
        if room <= 0:
            continue
        residual = _residual(edges, table.state, edge, table.nodes)
        _max_flow(residual, s, t, min(room, level))
        path = _cheapest_path(edges, table.state, edge, s, t, residual, hideable, cost)
        if path[0] and path[1] < best[1]:
            best = path
    return best[0] or []


def protect(table: Table, level: float, hideable=None) -> Table:
    """Blank edges of ``table`` until every hidden edge is protected (module docstring).

    Parameters
    ----------
    table : Table
        Cells and totals with their states (:mod:`casekit.disclosure_audit`);
        primary suppressions already HIDDEN. Changed in place and returned.
    level : float
        Protection level: smallest allowed width of a feasible interval.
    hideable : array of bool, optional
        Which published edges may be blanked as complements (default: every
        cell and every total but zero totals and cells in zero lines).

    Raises
    ------
    ParameterError
        When no further blanking can protect a cell (only possible when the
        totals that may not be blanked pin it down).
    """
    edges = table.edges()
    values = np.array([f for _, _, f in edges])
    n, m = table.shape
    nm = n * m
    if hideable is None:
        hideable = np.ones(len(edges), dtype=bool)
    hideable = np.asarray(hideable, dtype=bool).copy()
    zero = (table.state == PUBLISHED) & (values == 0)
    hideable[nm:] &= ~zero[nm:]
    for i in range(n):  # cells of a line with a published total 0 are known zeros
        if zero[nm + i]:
            hideable[i * m : (i + 1) * m] = False
    for j in range(m):
        if zero[nm + n + j]:
            hideable[j:nm:m] = False
    cost = 1.0 + values
    cost[nm:] += _MARGIN_COST
    primary = table.state == HIDDEN
    ok: set[int] = set()
    while True:
        todo = [a for a in np.flatnonzero(table.state == HIDDEN) if a not in ok]
        failing = None
        for a in todo:
            if width_at_least(table, int(a), level, edges):
                ok.add(int(a))
            else:
                failing = int(a)
                break
        if failing is None:
            return _prune(table, level, primary, cost, edges)
        extra = _widen(table, failing, level, hideable, cost)
        if not extra:
            raise ParameterError(msg("mg_di_pinned"))
        table.state[extra] = HIDDEN


def _prune(table: Table, level: float, primary, cost, edges) -> Table:
    """Publish again every complementary blank that is not needed (dearest first)."""
    extra = [a for a in np.flatnonzero((table.state == HIDDEN) & ~primary)]
    for a in sorted(extra, key=lambda a: (-cost[a], -a)):
        table.state[a] = PUBLISHED
        hidden = np.flatnonzero(table.state == HIDDEN)
        if not all(width_at_least(table, int(b), level, edges) for b in hidden):
            table.state[a] = HIDDEN
    return table


def lp_check(table: Table, level: float) -> None:
    """The final audit: every hidden edge's LP interval is at least ``level`` wide."""
    for lo, hi in lp_intervals(table).values():
        if hi - lo < level - 1e-6:
            raise CasekitError(msg("mg_di_audit_failed", bug=msg("mg_report_bug")))
