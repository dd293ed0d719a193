#!/usr/bin/env python3
"""Precision and recall of `empathylint scan` on whole real applications.

Reads repos.csv (the applications and the commit each was judged at), judgements.csv (one verdict per
judged finding) and expected-fields.csv (person questions found by reading the code). Materialises each
application from its git mirror under the corpus folder when missing, scans it with the built CLI and
prints precision per rule and overall (warnings and info apart), findings not yet judged, judged true
positives that disappeared, and recall over the expected fields.

Python rather than a .NET file-based app: nothing to compile on a shared build machine, and the job is
gluing git, the CLI and three CSV files together, which the standard library does.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
DEFAULT_CLI = REPO_ROOT / "cli" / "bin" / "Release" / "net10.0" / "empathylint.dll"
MARKER = ".empathylint-corpus-commit"
# Findings move a few lines when the engine reports a question at another of its places (label, control,
# model member); a judgement still applies within this many lines in the same file, same rule.
LINE_TOLERANCE = 3
# An expected field counts as found when a finding (or a related location) lies this close to it.
RECALL_WINDOW = 6


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if any(v.strip() for v in row.values() if v)]


def mirror_dir(mirrors: Path, repo: str) -> Path:
    return mirrors / repo.replace("/", "+") / "repo"


def materialise(entry: dict[str, str], corpus: Path, mirrors: Path) -> Path | None:
    """Writes the files of the judged commit under corpus/<name>, skipping blobs the mirror lacks
    (snapshots hold no files of 4 MiB and more); returns None with a message when the mirror is absent."""
    target = corpus / entry["name"]
    marker = target / MARKER
    if marker.exists() and marker.read_text().strip() == entry["commit"]:
        return target
    git_dir = mirror_dir(mirrors, entry["repo"])
    if not git_dir.exists():
        print(f"  {entry['name']}: no mirror at {git_dir}; fetch github:{entry['repo']} first", file=sys.stderr)
        return None
    commit = entry["commit"]
    if subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "-e", commit + "^{commit}"],
                      capture_output=True).returncode != 0:
        print(f"  {entry['name']}: mirror lacks commit {commit}", file=sys.stderr)
        return None
    tree = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit],
                          capture_output=True, check=True).stdout.split(b"\0")
    blobs = []
    for item in tree:
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split(b" ")
        if kind == b"blob" and mode != b"120000":
            blobs.append((sha.decode(), path.decode("utf-8", "surrogateescape")))
    batch = subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert batch.stdin and batch.stdout
    written = missing = 0
    for sha, path in blobs:
        batch.stdin.write(sha.encode() + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            missing += 1
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        written += 1
    batch.stdin.close()
    batch.wait()
    marker.write_text(commit + "\n")
    print(f"  {entry['name']}: {written} files written, {missing} absent from the snapshot", file=sys.stderr)
    return target


def scan(cli: Path, folder: Path) -> list[dict]:
    run = subprocess.run(["dotnet", str(cli), "scan", ".", "--format", "json", "--fail-on", "none"],
                         cwd=folder, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"scan of {folder} failed ({run.returncode}): {run.stderr.strip()[:500]}")
    try:
        findings = json.loads(run.stdout)["findings"]
    except json.JSONDecodeError:
        raise SystemExit(f"scan of {folder} printed no JSON (exit {run.returncode}): {(run.stdout or run.stderr).strip()[:500]}")
    for f in findings:
        f["path"] = f["path"].removeprefix("./")
    return findings


def related_places(finding: dict) -> list[tuple[str, int]]:
    """Every place a finding names: its own and, when the JSON carries them, its related locations."""
    places = [(finding["path"], int(finding["line"]))]
    for rel in finding.get("relatedLocations") or finding.get("related") or []:
        if isinstance(rel, dict) and "path" in rel and "line" in rel:
            places.append((rel["path"].removeprefix("./"), int(rel["line"])))
    return places


class Judged:
    """Pairs findings with judgements one to one: same application, file and rule, the nearest line within
    LINE_TOLERANCE first, so a judgement never speaks for two findings."""

    def __init__(self, rows: list[dict[str, str]]):
        self.rows = rows
        self.by_key: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        for row in rows:
            self.by_key[(row["repo"], row["path"], row["rule"])].append(row)

    def pair(self, repo: str, findings: list[dict]) -> dict[int, dict[str, str]]:
        """Index of each finding -> its judgement, for the findings that have one."""
        candidates = []
        for index, finding in enumerate(findings):
            for row in self.by_key.get((repo, finding["path"], finding["ruleId"]), []):
                distance = abs(int(row["line"]) - int(finding["line"]))
                if distance <= LINE_TOLERANCE:
                    candidates.append((distance, index, id(row), row))
        candidates.sort(key=lambda c: (c[0], c[1]))
        paired: dict[int, dict[str, str]] = {}
        used: set[int] = set()
        for _, index, row_id, row in candidates:
            if index not in paired and row_id not in used:
                paired[index] = row
                used.add(row_id)
        return paired


def seen_before(earlier: list[dict], finding: dict) -> bool:
    """Whether a saved scan reported the same rule in the same file within LINE_TOLERANCE lines."""
    return any(e["ruleId"] == finding["ruleId"] and e["path"] == finding["path"]
               and abs(int(e["line"]) - int(finding["line"])) <= LINE_TOLERANCE for e in earlier)


def ratio(tp: int, fp: int) -> str:
    return f"{tp / (tp + fp):.2f}" if tp + fp else "  - "


def report(entries, results, judged: Judged, expected, args) -> None:
    counts: dict[str, dict[str, list[int]]] = {"warning": defaultdict(lambda: [0, 0, 0]),
                                               "info": defaultdict(lambda: [0, 0, 0])}
    matched_rows: set[int] = set()
    unjudged: list[tuple[str, dict]] = []
    everything: list[tuple[str, dict, dict[str, str] | None]] = []
    for entry in entries:
        repo = entry["name"]
        findings = results.get(repo, [])
        paired = judged.pair(repo, findings)
        for index, f in enumerate(findings):
            tier = "warning" if f["severity"] in ("warning", "error") else "info"
            row = paired.get(index)
            everything.append((repo, f, row))
            cell = counts[tier][f["ruleId"]]
            if row is None:
                cell[2] += 1
                unjudged.append((repo, f))
            else:
                matched_rows.add(id(row))
                cell[0 if row["verdict"] == "tp" else 1] += 1
    if args.list_fp:
        print("Findings judged false positive that are still reported:")
        for repo, f, row in everything:
            if row and row["verdict"] == "fp":
                print(f"  {repo}/{f['path']}:{f['line']} {f['ruleId']} {f['severity']}: {row['reason']}")
    total = sum(len(v) for v in results.values())
    print(f"Findings: {total} in {len(results)} applications")
    for tier in ("warning", "info"):
        rules = counts[tier]
        tp = sum(c[0] for c in rules.values())
        fp = sum(c[1] for c in rules.values())
        un = sum(c[2] for c in rules.values())
        print(f"\n{tier.upper()}  precision {ratio(tp, fp)}  (judged tp {tp}, fp {fp}; not judged {un})")
        print(f"  {'rule':8} {'prec':>5} {'tp':>4} {'fp':>4} {'unjudged':>8}")
        for rule in sorted(rules):
            c = rules[rule]
            print(f"  {rule:8} {ratio(c[0], c[1]):>5} {c[0]:>4} {c[1]:>4} {c[2]:>8}")

    lost = [r for r in judged.rows if r["verdict"] == "tp" and id(r) not in matched_rows
            and r["repo"] in results]
    # A judged place that a current finding of the same rule names among its related locations has moved (the
    # question is now reported once, at another of its places), not disappeared.
    moved = {}
    for r in lost:
        for f in results[r["repo"]]:
            if f["ruleId"] == r["rule"] and any(
                    p == r["path"] and abs(l - int(r["line"])) <= 2 for p, l in related_places(f)[1:]):
                moved[id(r)] = f
                break
    explained = {(r["repo"], r["path"], r["line"], r["rule"]): r["reason"]
                 for r in read_csv(HERE / "lost-reasons.csv")}
    gone = [r for r in lost if id(r) not in moved]
    unexplained = [r for r in gone if (r["repo"], r["path"], r["line"], r["rule"]) not in explained]
    print(f"\nJudged true positives now reported at another place of the same question: {len(moved)}")
    for r in lost:
        if id(r) in moved:
            f = moved[id(r)]
            print(f"  {r['repo']}/{r['path']}:{r['line']} {r['rule']} -> {f['path']}:{f['line']} ({f['severity']})")
    print(f"Judged true positives no longer reported: {len(gone)} ({len(unexplained)} without a reason in lost-reasons.csv)")
    for r in gone:
        why = explained.get((r["repo"], r["path"], r["line"], r["rule"]))
        print(f"  {r['repo']}/{r['path']}:{r['line']} {r['rule']}  ({r['reason']})"
              + (f"  -> accepted: {why}" if why else "  -> NO REASON"))
    gone_fp = sum(1 for r in judged.rows if r["verdict"] == "fp" and id(r) not in matched_rows
                  and r["repo"] in results)
    print(f"Judged false positives no longer reported: {gone_fp}")

    print(f"\nNot yet judged: {len(unjudged)}")
    if args.compare:
        earlier = json.loads(args.compare.read_text())
        unjudged = [(repo, f) for repo, f in unjudged if not seen_before(earlier.get(repo, []), f)]
        print(f"  of which new since {args.compare.name}: {len(unjudged)}")
    if args.list_unjudged:
        for repo, f in unjudged:
            print(f"  {repo}/{f['path']}:{f['line']} {f['ruleId']} {f['severity']}: {f['message'][:110]}")

    if expected:
        places: dict[str, set[tuple[str, int]]] = defaultdict(set)
        for repo, findings in results.items():
            for f in findings:
                places[repo].update(related_places(f))
        found = []
        missed = []
        for field in expected:
            line = int(field["line"])
            hit = any(p == field["path"] and abs(l - line) <= RECALL_WINDOW
                      for p, l in places.get(field["repo"], ()))
            (found if hit else missed).append(field)
        scored = len(found) + len(missed)
        print(f"\nRecall over expected person-question fields: {len(found)}/{scored}"
              f" = {len(found) / scored:.2f}" if scored else "\nRecall: no expected fields in scanned repos")
        for field in missed:
            print(f"  missed {field['repo']}/{field['path']}:{field['line']} {field['concept']}  ({field['note']})")

    if args.fresh:
        fresh_sample(everything, entries, args)
    if args.sample or args.sample_rate:
        write_sample(unjudged, entries, args)


def fresh_sample(everything, entries, args) -> None:
    """A uniform sample of all current findings per tier, drawn anew: its precision is the build's estimate, free of
    the history of earlier samples. Findings judged before keep their verdict; the rest are written out to judge."""
    rng = random.Random(args.seed)
    ordered = sorted(everything, key=lambda e: (e[0], e[1]["path"], e[1]["line"], e[1]["ruleId"]))
    to_judge = []
    for tier in ("warning", "info"):
        pool = [e for e in ordered if (e[1]["severity"] in ("warning", "error")) == (tier == "warning")]
        drawn = rng.sample(pool, min(args.fresh, len(pool)))
        tp = sum(1 for e in drawn if e[2] and e[2]["verdict"] == "tp")
        fp = sum(1 for e in drawn if e[2] and e[2]["verdict"] == "fp")
        per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for e in drawn:
            if e[2]:
                per_rule[e[1]["ruleId"]][0 if e[2]["verdict"] == "tp" else 1] += 1
        open_ = [e for e in drawn if not e[2]]
        to_judge += open_
        print(f"\nFresh sample (seed {args.seed}) {tier}: {len(drawn)} of {len(pool)}; precision {ratio(tp, fp)}"
              f" (tp {tp}, fp {fp}, still to judge {len(open_)})")
        print("  " + ", ".join(f"{r} {ratio(c[0], c[1])} ({c[0]}/{c[0] + c[1]})" for r, c in sorted(per_rule.items())))
    if to_judge:
        write_rows(to_judge, entries, args.sample_out)


def write_rows(items, entries, out) -> None:
    commits = {e["name"]: e["commit"] for e in entries}
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["repo", "commit", "path", "line", "rule", "verdict", "reason", "severity", "message"])
        for item in items:
            repo, fd = item[0], item[1]
            w.writerow([repo, commits[repo], fd["path"], fd["line"], fd["ruleId"], "", "", fd["severity"], fd["message"]])
    print(f"Wrote {len(items)} findings to judge to {out}")


def write_sample(unjudged, entries, args) -> None:
    """A seeded random sample of unjudged findings as judgement rows with the verdict left empty."""
    commits = {e["name"]: e["commit"] for e in entries}
    # Drawn per tier, so the warnings (a small share of all findings) get a sample of their own.
    rng = random.Random(args.seed)
    ordered = sorted(unjudged, key=lambda rf: (rf[0], rf[1]["path"], rf[1]["line"], rf[1]["ruleId"]))
    picked = []
    for tier in ("warning", "info"):
        pool = [rf for rf in ordered if (rf[1]["severity"] in ("warning", "error")) == (tier == "warning")]
        size = args.sample
        if args.sample_rate:
            # The same share of new findings as the first sample took of all, so no tier leans on new ones.
            size = math.ceil(len(pool) * args.sample_rate[0 if tier == "warning" else 1])
        picked += rng.sample(pool, min(size, len(pool)))
    with open(args.sample_out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["repo", "commit", "path", "line", "rule", "verdict", "reason", "severity", "message"])
        for repo, fd in picked:
            w.writerow([repo, commits[repo], fd["path"], fd["line"], fd["ruleId"], "", "", fd["severity"],
                        fd["message"]])
    print(f"\nWrote {len(picked)} sampled unjudged findings (seed {args.seed}) to {args.sample_out}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", type=Path, default=DEFAULT_CLI, help="built empathylint.dll (default: %(default)s)")
    p.add_argument("--corpus", type=Path, default=Path(os.environ.get("EMPATHYLINT_CORPUS", "/work/corpus")))
    p.add_argument("--mirrors", type=Path, default=Path(os.environ.get("EMPATHYLINT_MIRRORS", "/work/.mirror")))
    p.add_argument("--only", action="append", help="scan only this application (repeatable)")
    p.add_argument("--save", type=Path, help="write the raw findings of every application as JSON here")
    p.add_argument("--load", type=Path, help="report on findings saved earlier with --save instead of scanning")
    p.add_argument("--compare", type=Path, help="a scan saved with --save: list and sample only findings new since it")
    p.add_argument("--list-fp", action="store_true", help="print every current finding judged a false positive")
    p.add_argument("--list-unjudged", action="store_true", help="print every finding not yet judged")
    p.add_argument("--sample", type=int, default=0, help="write a random sample of this many unjudged warnings and as many info findings")
    p.add_argument("--sample-rate", type=lambda v: [float(x) for x in v.split(",")],
                   help="WARN,INFO: sample this share of each tier instead (first sample: 0.30,0.05)")
    p.add_argument("--fresh", type=int, default=0,
                   help="draw a new uniform sample of this many current findings per tier and report its precision")
    p.add_argument("--seed", type=int, default=9)
    p.add_argument("--sample-out", default="sample.csv")
    args = p.parse_args()

    entries = [e for e in read_csv(HERE / "repos.csv") if not args.only or e["name"] in args.only]
    if args.load:
        results = json.loads(args.load.read_text())
        results = {k: v for k, v in results.items() if any(e["name"] == k for e in entries)}
    else:
        if not args.cli.exists():
            raise SystemExit(f"{args.cli} not found: build it with `dotnet build cli -c Release`")
        results = {}
        for entry in entries:
            folder = materialise(entry, args.corpus, args.mirrors)
            if folder is not None:
                results[entry["name"]] = scan(args.cli, folder)
                print(f"  {entry['name']}: {len(results[entry['name']])} findings", file=sys.stderr)
        if args.save:
            args.save.write_text(json.dumps(results, indent=1))
    report(entries, results, Judged(read_csv(HERE / "judgements.csv")),
           [f for f in read_csv(HERE / "expected-fields.csv") if f["repo"] in results], args)


if __name__ == "__main__":
    main()
