#!/usr/bin/env python3
"""Checks that Gemba's layers point one way (run by `make lint`; exits 1 on a violation).

Crates: ui -> api (app) -> backend -> contract -> domain -> i18n, read from each crate's Cargo.toml.
Inside the backend crate, module edges are read from the source (`use` paths and `crate::` /
`super::` paths, test modules left out) and must keep to these rules:
  - no cycle among the backend's modules (top-level modules, with services split into its
    support modules, access, each record and each workflow);
  - repo/ (queries) never calls services, web, rest or jobs;
  - services never call the transports (web, rest); jobs (each a `run_once` step on the clock)
    sit above the records and below the workflows;
  - services are in tiers: support (audit, esign, calendar, files, thumbnails) calls only
    support; access calls only support; a record (services/records/<name>) calls only support,
    access and itself, never a sibling record, a workflow or a job; workflows call anything
    below them and each other without a cycle.
In the app crate, api (server functions) never imports ui.
Every query is in repo/: one written anywhere else in the backend but entities/ (`Entity::find`,
`find_by_id`, an ActiveModel's insert/update/save, ...) is a violation.
"""
import os
import re
import sys
import tomllib

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
BACKEND = os.path.join(ROOT, "app/backend/src")
SUPPORT = {"audit", "esign", "calendar", "files", "thumbnails"}
# queries allowed outside repo/: none (every query in repo/)
QUERY_CEILING = 0
QUERY_RE = re.compile(r"\b(Entity::(find|insert|update|delete)\w*|find_by_id\(|ActiveModel\b.*\.(insert|update|save)\()")

problems = []


def crate_deps():
    order = ["i18n", "domain", "contract", "backend", "app", "server"]
    paths = {"domain": "app/domain", "i18n": "app/i18n", "contract": "app/contract", "backend": "app/backend", "app": "app", "server": "server"}
    for i, name in enumerate(order):
        with open(os.path.join(ROOT, paths[name], "Cargo.toml"), "rb") as f:
            manifest = tomllib.load(f)
        deps = set()
        for table in ("dependencies", "dev-dependencies", "build-dependencies"):
            deps |= set(manifest.get(table, {}))
        for above in order[i + 1 :]:
            if above in deps and not (name == "app" and above == "server"):
                problems.append(f"crate {name} depends on {above}, a layer above it")


def strip_tests(src):
    """The source without `#[cfg(test)] mod ... { ... }` blocks and comments."""
    src = re.sub(r"//[^\n]*", "", src)
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", src):
        if m.start() < i:
            continue
        out.append(src[i : m.start()])
        depth, j = 1, m.end()
        while depth and j < len(src):
            depth += {"{": 1, "}": -1}.get(src[j], 0)
            j += 1
        i = j
    out.append(src[i:])
    return "".join(out)


def module_of(path):
    rel = os.path.relpath(path, BACKEND)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib"):
        rel = rel[:-1]
    return rel


def expand_use(body):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e]."""
    body = re.sub(r"\s+", "", body)
    m = re.match(r"^(.*?)\{(.*)\}$", body)
    if not m:
        return [body]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p:
            out += [prefix + x for x in expand_use(p)]
    return out


def resolve(path, here):
    """A path as module segments from the crate root, or None when not in this crate."""
    segs = [s for s in path.split("::") if s]
    if not segs:
        return None
    if segs[0] == "crate":
        return segs[1:]
    if segs[0] == "super" or segs[0] == "self":
        base = list(here)
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
        return base + segs
    return None


def backend_edges():
    edges = {}
    queries = []
    for dirpath, _, files in os.walk(BACKEND):
        for fn in files:
            if not fn.endswith(".rs"):
                continue
            path = os.path.join(dirpath, fn)
            here = module_of(path)
            src = strip_tests(open(path, encoding="utf-8").read())
            targets = []
            for m in re.finditer(r"\buse\s+([^;]+);", src):
                for p in expand_use(m.group(1)):
                    p = re.sub(r"\bas\s*\w+$|as\w+$", "", p.split(" as ")[0])
                    t = resolve(p, here)
                    if t:
                        targets.append(t)
            for m in re.finditer(r"(?<![\w:])((?:crate|super|self)(?:::\w+)+)", src):
                t = resolve(m.group(1), here)
                if t:
                    targets.append(t)
            edges[tuple(here)] = (path, targets)
            if here and here[0] not in ("repo", "entities"):
                for n, line in enumerate(src.split("\n"), 1):
                    if QUERY_RE.search(line):
                        queries.append(f"{os.path.relpath(path, ROOT)}:{n}")
    return edges, queries


def tier(mod):
    """(tier name, unit) of a services module path, e.g. ('record', 'work_orders')."""
    if len(mod) < 2 or mod[0] != "services":
        return None
    head = mod[1]
    if head in SUPPORT:
        return ("support", head)
    if head == "access":
        return ("access", head)
    if head == "records":
        return ("record", mod[2]) if len(mod) > 2 else ("records", "")
    if head == "workflows":
        return ("workflow", mod[2]) if len(mod) > 2 else ("workflows", "")
    return ("root", head)


def check_backend():
    edges, queries = backend_edges()
    graph = {}
    for mod, (path, targets) in edges.items():
        rel = os.path.relpath(path, ROOT)
        src_top = mod[0] if mod else ""
        me = tier(list(mod))
        for t in targets:
            if not t:
                continue
            a, b = node(list(mod)), node(t)
            if a and a != b:
                graph.setdefault(a, set()).add(b)
            if src_top == "repo" and t[0] in ("services", "web", "rest", "jobs"):
                problems.append(f"{rel}: repo calls {'::'.join(t)}")
            if src_top == "services" and t[0] in ("web", "rest"):
                problems.append(f"{rel}: a service calls the transport {'::'.join(t)}")
            if me and me[0] in ("support", "access", "record") and t[0] == "jobs":
                problems.append(f"{rel}: {me[0]} `{me[1]}` runs the job {'::'.join(t)} (a workflow or a transport may)")
            if src_top == "jobs" and tier(t) and tier(t)[0] == "workflow":
                problems.append(f"{rel}: a job calls the workflow {'::'.join(t)}")
            if not me or t[0] != "services" or len(t) < 2:
                continue
            other = tier(t)
            if other is None or other[0] == "root":
                continue
            kind, unit = me
            okind, ounit = other
            bad = False
            if kind in ("support",) and okind != "support":
                bad = True
            elif kind == "access" and okind not in ("support", "access"):
                bad = True
            elif kind == "record" and not (okind in ("support", "access") or (okind == "record" and ounit == unit)):
                bad = True
            if bad:
                problems.append(f"{rel}: {kind} `{unit}` calls {okind} `{ounit}` ({'::'.join(t)})")
    cycle = find_cycle(graph)
    if cycle:
        problems.append(f"a cycle among the backend's modules: {' -> '.join(cycle + [cycle[0]])}")
    if len(queries) > QUERY_CEILING:
        for q in queries:
            problems.append(f"{q}: a query outside repo/ (every query in repo/: write it as a repo/ function)")


def node(mod):
    """The unit a module belongs to for the cycle check."""
    if not mod:
        return None
    t = tier(mod)
    if t and t[1]:
        return f"services::{t[0]}::{t[1]}"
    return mod[0]


def find_cycle(graph):
    color = {}
    stack = []

    def visit(n):
        color[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if color.get(m) == 1:
                return stack[stack.index(m) :]
            if not color.get(m):
                c = visit(m)
                if c:
                    return c
        stack.pop()
        color[n] = 2
        return None

    for n in sorted(graph):
        if not color.get(n):
            c = visit(n)
            if c:
                return c
    return None


def check_app():
    api = os.path.join(ROOT, "app/src/api")
    for fn in sorted(os.listdir(api)):
        src = strip_tests(open(os.path.join(api, fn), encoding="utf-8").read())
        if re.search(r"\bcrate::ui\b|\bsuper::super::ui\b", src):
            problems.append(f"app/src/api/{fn}: a server function imports the ui")


crate_deps()
check_backend()
check_app()
if problems:
    print("Layer check failed:")
    for p in dict.fromkeys(problems):
        print(f"  - {p}")
    sys.exit(1)
print("layers: ok (crates, backend modules, service tiers, every query in repo/)")
