"""Statement order: topological by dependencies, ties broken by object key, FK cycles cut.

Kahn's algorithm over the declarations, always taking the ready statement with the smallest
(rank, object key, text), so the order depends on the objects alone, never on file names or
positions. When every remaining statement waits on another, the smallest table whose waits
are all foreign keys into its own strongly connected component is created without those
foreign keys; each comes back afterwards as ``ALTER TABLE ... ADD CONSTRAINT``. Any other
cycle is an error.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from toolkit.errors import SourceError
from toolkit.model import ObjectKey
from toolkit.model.names import KIND_CONSTRAINT, KIND_SEQUENCE
from toolkit.source.builder import Build
from toolkit.source.declarations import Edge, SortKey, sort_key


@dataclass(frozen=True)
class Step:
    """One statement of the compiled script.

    ``declaration`` is the index of the canonical statement it comes from. ``kind`` is
    ``"statement"`` (the statement itself, ``detached`` naming the foreign keys left out of it),
    ``"foreign key"`` (``constraint`` added after a cycle) or ``"owner"`` (a sequence's OWNED BY).
    """

    declaration: int
    kind: str = "statement"
    constraint: str | None = None
    detached: tuple[str, ...] = ()


@dataclass
class _Node:
    """A step of the script while ordering: what it waits for, and by which edges."""
    step: Step
    sort_key: SortKey
    waits: dict[int, Edge] = field(default_factory=dict)
    fk_names: dict[int, list[str]] = field(default_factory=dict)


def order(build: Build) -> list[Step]:
    """The steps of the script in dependency order."""
    nodes = _nodes(build)
    return _kahn(nodes, build)


def _nodes(build: Build) -> list[_Node]:
    """One node per declaration (and per sequence owner), with its waits."""
    nodes = [_Node(Step(index), declaration.sort_key)
             for index, declaration in enumerate(build.declarations)]
    for index, declaration in enumerate(build.declarations):
        owner_node: _Node | None = None
        if declaration.owned_by is not None:
            owner_node = _Node(Step(index, "owner"),
                               sort_key("sequence owner", declaration.key))
            owner_node.waits[index] = Edge.HARD
            nodes.append(owner_node)
        for key, edge, constraint in build.dependencies[index]:
            provider = build.providers.get(key)
            if provider is None or provider == index or edge is Edge.BODY:
                continue
            if edge is Edge.OWNED_BY and owner_node is not None:
                owner_node.waits[provider] = Edge.HARD
                continue
            node = nodes[index]
            if node.waits.get(provider) is not Edge.HARD:
                node.waits[provider] = edge
            if edge is Edge.FOREIGN_KEY and constraint is not None:
                node.fk_names.setdefault(provider, []).append(constraint)
    return nodes


def _kahn(nodes: list[_Node], build: Build) -> list[Step]:
    """Kahn's algorithm with a heap on the sort keys; cuts foreign-key cycles."""
    dependents: dict[int, list[int]] = {}
    pending = [0] * len(nodes)
    for index, node in enumerate(nodes):
        pending[index] = len(node.waits)
        for provider in node.waits:
            dependents.setdefault(provider, []).append(index)
    heap = [(node.sort_key, index) for index, node in enumerate(nodes) if pending[index] == 0]
    heapq.heapify(heap)
    done = [False] * len(nodes)
    steps: list[Step] = []
    components: list[int] | None = None
    while len(steps) < len(nodes):
        if not heap:
            if components is None:
                components = _components(nodes)
            index = _cut_cycle(nodes, done, components, build)
            detached = _detach(nodes, index, done, (dependents, pending), build)
            nodes[index].step = Step(index, detached=detached)
            heapq.heappush(heap, (nodes[index].sort_key, index))
            continue
        _, index = heapq.heappop(heap)
        if done[index]:
            continue
        done[index] = True
        steps.append(nodes[index].step)
        for dependent in dependents.get(index, ()):
            if done[dependent]:
                continue
            pending[dependent] -= 1
            if pending[dependent] == 0:
                heapq.heappush(heap, (nodes[dependent].sort_key, dependent))
    return steps


def _cut_cycle(nodes: list[_Node], done: list[bool], components: list[int],
               build: Build) -> int:
    """The smallest waiting statement whose waits are all cuttable foreign keys."""
    candidates = []
    for index, node in enumerate(nodes):
        if done[index]:
            continue
        waiting = [provider for provider in node.waits if not done[provider]]
        if waiting and all(node.waits[provider] is Edge.FOREIGN_KEY
                           and _component(components, provider)
                           == _component(components, index) for provider in waiting):
            candidates.append((node.sort_key, index))
    if candidates:
        return min(candidates)[1]
    raise _cycle_error(nodes, done, components, build)


def _detach(nodes: list[_Node], index: int, done: list[bool],
            counts: tuple[dict[int, list[int]], list[int]], build: Build) -> tuple[str, ...]:
    """Make ``index`` ready by moving its waiting foreign keys into new steps.

    ``counts`` is the orderer's bookkeeping: dependents of each step, and how many steps
    each still waits for.
    """
    dependents, pending = counts
    node = nodes[index]
    names: list[str] = []
    for provider in sorted(p for p in node.waits if not done[p]):
        for name in node.fk_names.get(provider, ()):
            names.append(name)
            declaration = build.declarations[index]
            key = ObjectKey(KIND_CONSTRAINT, declaration.key.schema, name,
                            parent=declaration.key.name)
            added = _Node(Step(index, "foreign key", constraint=name),
                          sort_key("constraint", key))
            added.waits = {index: Edge.HARD, provider: Edge.HARD}
            nodes.append(added)
            done.append(False)
            pending.append(2)
            dependents.setdefault(index, []).append(len(nodes) - 1)
            dependents.setdefault(provider, []).append(len(nodes) - 1)
        del node.waits[provider]
        pending[index] -= 1
    return tuple(sorted(names))


def _component(components: list[int], index: int) -> int:
    """The component of ``index``; steps added after the computation are their own."""
    return components[index] if index < len(components) else -1 - index


def _components(nodes: list[_Node]) -> list[int]:
    """Strongly connected component number of every node (iterative Tarjan)."""
    count = len(nodes)
    numbers = [-1] * count
    low = [0] * count
    component = [-1] * count
    on_stack = [False] * count
    stack: list[int] = []
    counter = 0
    next_component = 0
    for root in range(count):
        if numbers[root] != -1:
            continue
        work = [(root, iter(sorted(nodes[root].waits)))]
        numbers[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            current, edges = work[-1]
            advanced = False
            for target in edges:
                if numbers[target] == -1:
                    numbers[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack[target] = True
                    work.append((target, iter(sorted(nodes[target].waits))))
                    advanced = True
                    break
                if on_stack[target]:
                    low[current] = min(low[current], numbers[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[current])
            if low[current] == numbers[current]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = next_component
                    if member == current:
                        break
                next_component += 1
    return component


def _cycle_error(nodes: list[_Node], done: list[bool], components: list[int],
                 build: Build) -> SourceError:
    """The error naming a cycle that no foreign key closes."""
    waiting = [index for index in range(len(nodes)) if not done[index]]
    sizes: dict[int, int] = {}
    for index in waiting:
        number = _component(components, index)
        sizes[number] = sizes.get(number, 0) + 1
    cyclic = [index for index in waiting if sizes[_component(components, index)] > 1] or waiting
    first = min(cyclic, key=lambda index: nodes[index].sort_key)
    members = sorted((index for index in cyclic
                      if _component(components, index) == _component(components, first)),
                     key=lambda index: nodes[index].sort_key)
    parts = [f"{build.declarations[nodes[i].step.declaration].key} "
             f"({build.declarations[nodes[i].step.declaration].location})" for i in members]
    declaration = build.declarations[nodes[first].step.declaration]
    kind = "sequence ownership" if declaration.key.kind == KIND_SEQUENCE else "dependency"
    return SourceError(declaration.location, f"{kind} cycle: " + " <-> ".join(parts),
                       hint="only foreign keys can close a cycle (canon adds them afterwards "
                            "with ALTER TABLE); remove one of the other dependencies",
                       source_line=declaration.file.source.line_text(declaration.statement.line))
