#!/usr/bin/env bash
# Scan speed and peak memory of the whole `empathylint scan` process on a corpus of N HTML forms,
# side by side with AngleSharp's own parse of the same files and with html-validate (html-validate 10: version 11 needs Node 22, this machine has Node 20; the fastest
# widely used HTML linter we can run here). Not a test: run it by hand, read the table.
#   bash benchmarks/scan-speed.sh [N=2000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }

echo "== corpus: $count forms"
mkdir -p "$work/corpus"
sources=("$root/samples/SampleApp/wwwroot/intake/patient-intake.html" "$root/tests/EmpathyLint.Tests/Fixtures/Html/equality-monitoring.html")
for i in $(seq 1 "$count"); do
  src=${sources[$((i % ${#sources[@]}))]}
  dir="$work/corpus/d$((i % 20))"
  mkdir -p "$dir"
  # Vary the text so no layer can cache a file's result.
  sed "s/<title>/<title>form $i /" "$src" > "$dir/form-$i.html"
done
echo '{ "extends": ["html-validate:recommended"] }' > "$work/corpus/.htmlvalidate.json"
du -sh "$work/corpus" | cut -f1 | sed 's/^/corpus size: /'

echo "== build"
# Published as it would ship: ReadyToRun (precompiled, so a short scan does not pay for JIT), else plain IL.
dotnet publish "$root/cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" -v quiet -nologo >/dev/null \
  || dotnet publish "$root/cli" -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet publish "$root/benchmarks/ParseBaseline" -c Release -o "$work/parse" -v quiet -nologo >/dev/null
npm install --silent --prefix "$work/npm" html-validate@10 >/dev/null 2>&1

scan="$work/cli/empathylint scan $work/corpus --fail-on none"
parse="$work/parse/ParseBaseline $work/corpus"
validate="$work/npm/node_modules/.bin/html-validate $work/corpus"

# A peer that fails at once would look fast: check each command really runs before timing it.
for name in scan parse validate; do
  cmd=${!name}
  set +e; $cmd > "$work/$name.out" 2>&1; rc=$?; set -e
  if [ "$rc" -gt 1 ]; then echo "$name failed (exit $rc):"; tail -5 "$work/$name.out"; exit 1; fi
done
echo "empathylint: $(tail -n 1 "$work/scan.out")"
echo "AngleSharp:  $(tail -n 1 "$work/parse.out")"
echo "html-validate: $(grep -E 'problems' "$work/validate.out" | tail -n 1)"

echo "== time (whole process, $(nproc) cores)"
hyperfine --warmup 1 --runs "${RUNS:-5}" -i --style basic --export-markdown "$work/times.md" \
  -n "empathylint scan" "$scan" -n "AngleSharp parse only" "$parse" -n "html-validate" "$validate"
cat "$work/times.md"

echo "== peak memory (max RSS)"
for name in scan parse validate; do
  cmd=${!name}
  /usr/bin/time -f %M -o "$work/$name.rss" $cmd >/dev/null 2>&1 || true
  printf '%-10s %8d MiB\n' "$name" $(( $(tail -n 1 "$work/$name.rss") / 1024 ))
done
