"""What a reader can infer about hidden cells of a table with published totals.

A table of counts with its row totals, column totals and grand total is a
flow network (a *circulation*): a root node feeds each row its row total,
each row sends its cells to the columns, each column returns its column total
to the root, and the root passes the grand total on. Every value is a flow on
one edge and every node conserves flow:

    R_i = sum_j x_ij,     C_j = sum_i x_ij,     N = sum_i R_i = sum_j C_j.

A reader of the published table knows the published edges and that every
edge is a count >= 0. What they can say about a hidden edge e is its
*feasible interval* [min x_e, max x_e] over all tables consistent with what
is published: two linear programs (LP). This module computes it in two
independent ways:

- :func:`lp_intervals` solves the LPs with ``scipy.optimize.linprog``
  (HiGHS): minimise and maximise each hidden value subject to the
  conservation equations, the published values and x >= 0;
- :func:`width_at_least` uses flow theory: the difference between two
  feasible tables is a circulation on the hidden edges, so starting from the
  true table, x_e can grow by the maximum flow from e's head back to its tail
  in the residual network of the other hidden edges (an edge a with value
  f_a can rise without bound and fall by f_a) and shrink by the maximum flow
  the other way, capped at x_e (Ahuja, Magnanti & Orlin, 1993, ch. 6-7).
  The constraint matrix of a table with margins is a network matrix
  (totally unimodular), so both give the same, whole-number, interval; the
  flow version answers "is the interval at least p wide?" in microseconds,
  which is what the complementary-suppression search asks thousands of times.

References
----------
Ahuja, R. K., Magnanti, T. L., & Orlin, J. B. (1993). Network Flows: Theory,
Algorithms, and Applications. Prentice Hall.

Hundepool, A., Domingo-Ferrer, J., Franconi, L., Giessing, S., Schulte
Nordholt, E., Spicer, K., & de Wolf, P.-P. (2012). Statistical Disclosure
Control. Wiley. Ch. 4 (protection levels, the feasibility interval of a
suppressed cell, the sliding protection range) and ch. 5 (frequency tables).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from .errors import CasekitError
from .i18n import msg

__all__ = ["Table", "PUBLISHED", "HIDDEN", "FREE", "width_at_least", "lp_intervals"]

#: edge states: published value; hidden (suppressed: must be protected); free
#: (a total that is not published at all: unknown to the reader, nothing to protect)
PUBLISHED, HIDDEN, FREE = 0, 1, 2
_INF = float("inf")


@dataclass
class Table:
    """A count table with margins as a flow network.

    Attributes
    ----------
    cells : ndarray (n, m)
        True counts (whole numbers >= 0).
    state : ndarray (n * m + n + m + 1 + len(groups),)
        State of every edge: cells in row-major order, then the n row
        totals, the m column totals, the grand total and the group totals.
    groups : tuple of tuples
        Column subtotals: the columns of a group send their totals to a
        group node, whose edge to the root carries the subtotal (a
        hierarchical table stays a network).
    """

    cells: np.ndarray
    state: np.ndarray
    groups: tuple = ()

    @classmethod
    def build(
        cls, cells, row_state, col_state, grand_state, cell_state=None, groups=(), group_state=()
    ) -> Table:
        """A table; ``groups`` (lists of column indices) add a published subtotal of
        those columns (e.g. recovered + improved), with ``group_state``."""
        cells = np.asarray(cells, dtype=float)
        n, m = cells.shape
        state = np.empty(n * m + n + m + 1 + len(groups), dtype=np.int8)
        state[: n * m] = PUBLISHED if cell_state is None else np.asarray(cell_state).ravel()
        state[n * m : n * m + n] = row_state
        state[n * m + n : n * m + n + m] = col_state
        state[n * m + n + m] = grand_state
        state[n * m + n + m + 1 :] = group_state
        return cls(cells, state, tuple(tuple(int(j) for j in g) for g in groups))

    @property
    def shape(self) -> tuple[int, int]:
        return self.cells.shape

    @property
    def nodes(self) -> int:
        n, m = self.shape
        return n + m + 2 + len(self.groups)

    def edges(self):
        """(tail, head, value) of every edge, in state order.

        Nodes: rows 0..n-1, columns n..n+m-1, root-in n+m (feeds the rows),
        root-out n+m+1 (collects the columns).
        """
        n, m = self.shape
        rin, rout = n + m, n + m + 1
        head = [rout] * m
        for g, cols in enumerate(self.groups):
            for j in cols:
                head[j] = n + m + 2 + g
        out = [(i, n + j, self.cells[i, j]) for i in range(n) for j in range(m)]
        out += [(rin, i, self.cells[i].sum()) for i in range(n)]
        out += [(n + j, head[j], self.cells[:, j].sum()) for j in range(m)]
        out.append((rout, rin, self.cells.sum()))
        out += [
            (n + m + 2 + g, rout, self.cells[:, list(c)].sum()) for g, c in enumerate(self.groups)
        ]
        return out

    def values(self) -> np.ndarray:
        return np.array([v for _, _, v in self.edges()], dtype=float)


def _max_flow(cap: list[dict], s: int, t: int, limit: float) -> float:
    """Edmonds-Karp maximum flow from s to t, stopping once ``limit`` is reached.

    ``cap`` (adjacency dicts of residual capacities) is changed in place.
    """
    flow = 0.0
    n = len(cap)
    while flow < limit:
        parent = [-1] * n
        parent[s] = s
        queue = deque([s])
        while queue and parent[t] < 0:
            u = queue.popleft()
            for v, c in cap[u].items():
                if c > 0 and parent[v] < 0:
                    parent[v] = u
                    queue.append(v)
        if parent[t] < 0:
            break
        push, v = _INF, t
        while v != s:
            u = parent[v]
            push = min(push, cap[u][v])
            v = u
        if push == _INF:
            return _INF
        v = t
        while v != s:
            u = parent[v]
            cap[u][v] -= push
            cap[v][u] = cap[v].get(u, 0.0) + push
            v = u
        flow += push
    return flow


def _residual(edges, state, skip: int, nodes: int) -> list[dict]:
    cap: list[dict] = [{} for _ in range(nodes)]
    for a, (u, v, f) in enumerate(edges):
        if a == skip or state[a] == PUBLISHED:
            continue
        cap[u][v] = _INF
        cap[v][u] = cap[v].get(u, 0.0) + f
    return cap


def width_at_least(table: Table, edge: int, level: float, edges=None) -> bool:
    """True when the feasible interval of hidden ``edge`` is at least ``level`` wide.

    The interval is [x - down, x + up] with down = min(x, maxflow(tail -> head))
    and up = maxflow(head -> tail), both in the residual network of the other
    non-published edges (module docstring).
    """
    edges = table.edges() if edges is None else edges
    nodes = table.nodes
    u, v, x = edges[edge]
    down = min(x, _max_flow(_residual(edges, table.state, edge, nodes), u, v, min(x, level)))
    if down >= level:
        return True
    up = _max_flow(_residual(edges, table.state, edge, nodes), v, u, level - down)
    return down + up >= level


def width(table: Table, edge: int, edges=None, cap: float = 1e9) -> float:
    """Width of the feasible interval of hidden ``edge`` (``inf`` when unbounded)."""
    edges = table.edges() if edges is None else edges
    u, v, x = edges[edge]
    down = min(x, _max_flow(_residual(edges, table.state, edge, table.nodes), u, v, x))
    up = _max_flow(_residual(edges, table.state, edge, table.nodes), v, u, cap)
    return down + up


def lp_intervals(table: Table) -> dict[int, tuple[float, float]]:
    """Feasible interval of every hidden edge, by linear programming (HiGHS).

    Variables: every edge that is not published. Constraints: flow
    conservation at each node (published edges enter as constants) and every
    variable >= 0. For each hidden edge, ``linprog`` minimises and maximises
    it (all hidden edges at once: the LP is repeated as independent blocks,
    one per hidden edge, so two solves give every bound).

    Returns
    -------
    dict
        edge index -> (min, max); max is ``inf`` when unbounded.
    """
    from scipy.optimize import linprog
    from scipy.sparse import block_diag, coo_matrix

    edges = table.edges()
    nodes = table.nodes
    unknown = [a for a in range(len(edges)) if table.state[a] != PUBLISHED]
    hidden = [a for a in unknown if table.state[a] == HIDDEN]
    if not hidden:
        return {}
    col = {a: k for k, a in enumerate(unknown)}
    rows, cols, vals = [], [], []
    b = np.zeros(nodes)
    for a, (u, v, f) in enumerate(edges):
        # conservation: sum(in) - sum(out) = 0 at every node
        if a in col:
            rows += [v, u]
            cols += [col[a], col[a]]
            vals += [1.0, -1.0]
        else:
            b[v] -= f
            b[u] += f
    block = coo_matrix((vals, (rows, cols)), shape=(nodes, len(unknown)))
    big = float(table.cells.sum()) * 4 + 1e6  # a bound far above any feasible value
    a_eq = block_diag([block] * len(hidden), format="csr")
    b_eq = np.tile(b, len(hidden))
    out = {}
    bounds = {}
    for sense in (1.0, -1.0):
        c = np.zeros(len(unknown) * len(hidden))
        for k, a in enumerate(hidden):
            c[k * len(unknown) + col[a]] = sense
        res = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=(0, big), method="highs")
        if res.status != 0:
            raise CasekitError(msg("mg_di_audit_failed", bug=msg("mg_report_bug")))
        for k, a in enumerate(hidden):
            bounds.setdefault(a, []).append(float(res.x[k * len(unknown) + col[a]]))
    for a, (lo, hi) in bounds.items():
        out[a] = (lo, _INF if hi >= big * 0.5 else hi)
    return out
