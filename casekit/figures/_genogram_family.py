"""The genogram's family: who is who, which generation, which union, and where each one stands.

The drawing (:mod:`.genogram`) takes the rows of ``family.csv`` for one
client through these steps:

1. :func:`_people` reads each row into a person (sex, years, links, bond);
   :func:`_infer_links` fills the parent and partner links that ``relation``
   implies (the client's parents, spouse, children) where the row left them out.
2. :func:`_generations` walks the links breadth-first from the client
   (parents one row up, children one down, partners level); members without
   links are placed by ``relation``.
3. :func:`_unions` finds every couple and its kind; :func:`_units` groups
   partners into rows (a shared partner between two unions in the middle,
   the earlier union on the left).
4. :func:`_positions` gives every person an x: rows ordered by the parents'
   positions (children oldest left), then a weighted isotonic fit
   (:func:`._layout.place_row`) keeps a minimum distance between neighbours
   and pulls children under their parents and parents over their children,
   in alternating passes, so symbols never overlap.

Conventions: McGoldrick, Gerson & Petry (2008), *Genograms: Assessment and
Intervention*, 3rd ed., ch. 2.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from ._layout import place_row
from ._style import is_missing

#: centre distance of partners, and the smallest centre distance of neighbours
PARTNER_GAP = 2.5
UNIT_GAP = 2.5

_REL_GEN = {"grandparent": -2, "parent": -1, "child": 1, "grandchild": 2}
_ENDED = {"divorced": 0, "separated": 1, "widowed": 2}


# --- data ---------------------------------------------------------------------------------------
def _val(row, name):
    value = row.get(name) if name in row else None
    return None if is_missing(value) else value


def _people(fam, client_id) -> dict[str, dict]:
    people: dict[str, dict] = {}
    for order, (_, row) in enumerate(fam.iterrows()):
        mid = str(row["member_id"])
        if mid in people:
            continue
        death_year = _val(row, "death_year")
        deceased = _val(row, "deceased")
        people[mid] = {
            "id": mid,
            "order": order,
            "label": _val(row, "label") or mid,
            "sex": _val(row, "sex") or "unknown",
            "birth": _val(row, "birth_year"),
            "death": death_year,
            "deceased": bool(deceased) or death_year is not None,
            "relation": _val(row, "relation"),
            "father": _val(row, "father_id"),
            "mother": _val(row, "mother_id"),
            "partner": _val(row, "partner_id"),
            "union": _val(row, "union"),
            "lives": bool(_val(row, "lives_with_client") or False),
            "bond": _val(row, "bond"),
            "row": row,
        }
    for p in people.values():
        for key in ("father", "mother", "partner"):
            if p[key] is not None and str(p[key]) not in people:
                p[key] = None
    index = [p for p in people.values() if p["relation"] == "self"]
    if not index and client_id in people:
        index = [people[client_id]]
    if not index:
        index = [next(iter(people.values()))]
    for p in people.values():
        p["index"] = p is index[0]
    return people


def _index(people) -> dict:
    return next(p for p in people.values() if p["index"])


def _infer_links(people) -> None:
    """Fill parent links the spreadsheet implies through ``relation`` only."""
    me = _index(people)
    partners = [p for p in people.values() if p["relation"] == "spouse"]
    if me["father"] is None and me["mother"] is None:
        for p in people.values():
            if p["relation"] == "parent":
                key = "mother" if p["sex"] == "female" else "father"
                if me[key] is None:
                    me[key] = p["id"]
    for p in people.values():
        if p["father"] is not None or p["mother"] is not None:
            continue
        if p["relation"] == "child":
            p["father" if me["sex"] != "female" else "mother"] = me["id"]
            if len(partners) == 1:
                p["mother" if me["sex"] != "female" else "father"] = partners[0]["id"]
        elif p["relation"] == "sibling" and (me["father"] or me["mother"]):
            p["father"], p["mother"] = me["father"], me["mother"]
    if len(partners) == 1 and me["partner"] is None and partners[0]["partner"] is None:
        me["partner"] = partners[0]["id"]


def _parents(p) -> list[str]:
    return [x for x in (p["father"], p["mother"]) if x is not None]


def _generations(people) -> dict[str, int]:
    nbrs: dict[str, list[tuple[str, int]]] = {k: [] for k in people}
    for p in people.values():
        for parent in _parents(p):
            nbrs[p["id"]].append((parent, -1))
            nbrs[parent].append((p["id"], 1))
        if p["partner"] is not None:
            nbrs[p["id"]].append((p["partner"], 0))
            nbrs[p["partner"]].append((p["id"], 0))
    gen: dict[str, int] = {}
    seeds = [_index(people)["id"]] + sorted(people, key=lambda k: people[k]["order"])
    for seed in seeds:
        if seed in gen:
            continue
        gen[seed] = 0 if people[seed]["index"] else _REL_GEN.get(people[seed]["relation"], 0)
        queue = deque([seed])
        while queue:
            cur = queue.popleft()
            for other, step in nbrs[cur]:
                if other not in gen:
                    gen[other] = gen[cur] + step
                    queue.append(other)
    low = min(gen.values())
    return {k: v - low for k, v in gen.items()}


def _unions(people, gen) -> dict[frozenset, str | None]:
    """Every couple: partner links plus the parents of a common child."""
    unions: dict[frozenset, str | None] = {}
    for p in people.values():
        if p["partner"] is not None and gen[p["partner"]] == gen[p["id"]]:
            key = frozenset((p["id"], p["partner"]))
            if unions.get(key) is None:
                unions[key] = p["union"]
    for p in people.values():
        if p["father"] is not None and p["mother"] is not None:
            key = frozenset((p["father"], p["mother"]))
            if gen[p["father"]] == gen[p["mother"]]:
                unions.setdefault(key, None)
    return unions


def _union_rank(people, key, unions) -> tuple:
    """Sort key of a union: ended ones (divorced, separated, widowed) first."""
    status = unions.get(key)
    births = [people[m]["birth"] for m in key if people[m]["birth"] is not None]
    return (_ENDED.get(status, 3), min(births) if births else 9999)


def _units(people, gen, unions) -> list[list[str]]:
    """Partner chains, each ordered left to right."""
    adj: dict[str, set[str]] = {k: set() for k in people}
    for key in unions:
        a, b = tuple(key)
        adj[a].add(b)
        adj[b].add(a)
    seen: set[str] = set()
    units = []
    for start in sorted(people, key=lambda k: people[k]["order"]):
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for nb in adj[cur]:
                if nb not in seen:
                    seen.add(nb)
                    stack.append(nb)
        units.append(_order_unit(people, comp, adj, unions))
    return units


def _order_unit(people, comp, adj, unions) -> list[str]:
    if len(comp) == 1:
        return comp
    if len(comp) == 2:
        a, b = comp
        sa, sb = people[a]["sex"], people[b]["sex"]
        if sa == "female" and sb != "female" or sb == "male" and sa != "male":
            a, b = b, a
        return [a, b]
    hubs = [m for m in comp if len(adj[m]) > 1]
    if len(hubs) == 1:
        hub = hubs[0]
        partners = sorted(adj[hub], key=lambda m: _union_rank(people, frozenset((hub, m)), unions))
        half = len(partners) // 2
        return partners[:half] + [hub] + partners[half:]
    ends = [m for m in comp if len(adj[m]) == 1]
    if len(ends) == 2:  # a path: walk it from the end of the earlier union
        ends.sort(key=lambda m: _union_rank(people, frozenset((m, next(iter(adj[m])))), unions))
        path, prev = [ends[0]], None
        while len(path) < len(comp):
            nxt = next(n for n in adj[path[-1]] if n != prev)
            prev = path[-1]
            path.append(nxt)
        return path
    return sorted(comp, key=lambda k: people[k]["order"])


def _child_groups(people) -> dict[frozenset, list[str]]:
    groups: dict[frozenset, list[str]] = {}
    for p in people.values():
        parents = _parents(p)
        if parents:
            groups.setdefault(frozenset(parents), []).append(p["id"])
    for key, kids in groups.items():
        if all(people[k]["birth"] is not None for k in kids):
            groups[key] = sorted(kids, key=lambda k: (people[k]["birth"], people[k]["order"]))
        else:
            # a birth year is missing: the order of the rows in family.csv is the only
            # birth order we know (students list siblings oldest first)
            groups[key] = sorted(kids, key=lambda k: people[k]["order"])
    return groups


# --- positions ----------------------------------------------------------------------------------
def _positions(people, gen, units, groups) -> dict[str, float]:
    rows: dict[int, list[list[str]]] = {}
    for unit in units:
        rows.setdefault(gen[unit[0]], []).append(unit)
    levels = sorted(rows)
    x: dict[str, float] = {}
    for level in levels:  # naive start: left to right in table order
        cursor = 0.0
        for unit in rows[level]:
            for k, m in enumerate(unit):
                x[m] = cursor + k * PARTNER_GAP
            cursor += (len(unit) - 1) * PARTNER_GAP + UNIT_GAP

    def width(unit):
        return (len(unit) - 1) * PARTNER_GAP

    def slot(member) -> float | None:
        """Where ``member`` should stand under its parents (None without parents)."""
        parents = _parents(people[member])
        if not parents:
            return None
        kids = groups[frozenset(parents)]
        mid = float(np.mean([x[p] for p in parents]))
        if len(parents) == 1:  # single parent: children hang to the right of the parent
            mid += PARTNER_GAP / 2
        k = kids.index(member)
        return mid + (k - (len(kids) - 1) / 2) * UNIT_GAP

    def down(level):
        units_ = rows[level]
        keys, targets, weights = [], [], []
        for unit in units_:
            wants = [(slot(m), i) for i, m in enumerate(unit)]
            wants = [(s - i * PARTNER_GAP, i) for s, i in wants if s is not None]
            cur = x[unit[0]]
            if wants:
                target = float(np.mean([w for w, _ in wants]))
                born = min(
                    (people[unit[i]]["birth"] or 9999, people[unit[i]]["order"]) for _, i in wants
                )
                keys.append((target + width(unit) / 2, born))
                targets.append(target)
                weights.append(1.0)
            else:
                keys.append((cur + width(unit) / 2, (9999, 0)))
                targets.append(cur)
                weights.append(0.05)
        _solve(units_, keys, targets, weights)

    def up(level):
        units_ = rows[level]
        keys, targets, weights = [], [], []
        for unit in units_:
            wants = []
            for key, kids in groups.items():
                if key <= set(unit):
                    parent_mid = float(np.mean([x[p] for p in key]))
                    if len(key) == 1:
                        parent_mid += PARTNER_GAP / 2
                    kids_mid = float(np.mean([x[k] for k in kids]))
                    wants.append(x[unit[0]] + kids_mid - parent_mid)
            cur = x[unit[0]]
            if wants:
                target = float(np.mean(wants))
                keys.append((target + width(unit) / 2, (0, 0)))
                targets.append(target)
                weights.append(1.0)
            else:
                keys.append((cur + width(unit) / 2, (0, 0)))
                targets.append(cur)
                weights.append(0.05)
        _solve(units_, keys, targets, weights)

    def _solve(units_, keys, targets, weights):
        order = sorted(range(len(units_)), key=lambda i: keys[i])
        units_[:] = [units_[i] for i in order]
        targets = [targets[i] for i in order]
        weights = [weights[i] for i in order]
        lefts = place_row(targets, [width(u) for u in units_], UNIT_GAP, weights)
        for unit, left in zip(units_, lefts, strict=True):
            for k, m in enumerate(unit):
                x[m] = left + k * PARTNER_GAP

    for _ in range(4):
        for level in levels[1:]:
            down(level)
        for level in reversed(levels[:-1]):
            up(level)
    for level in levels[1:]:
        down(level)
    low = min(x.values())
    return {k: v - low for k, v in x.items()}


def _reference_year(one) -> int | None:
    clients = one.clients
    if len(clients) and "intake_date" in clients and not is_missing(clients["intake_date"].iloc[0]):
        return int(clients["intake_date"].iloc[0].year)
    return None
