#!/usr/bin/env bash
# Scan speed and peak memory of the whole `empathylint scan` process on a corpus of N HTML forms,
# side by side with AngleSharp's own parse of the same files and with html-validate (the fastest
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
dotnet publish "$root/cli" -c Release -o "$work/cli" -v quiet -nologo >/dev/null
dotnet publish "$root/benchmarks/ParseBaseline" -c Release -o "$work/parse" -v quiet -nologo >/dev/null
npm install --silent --prefix "$work/npm" html-validate@11 >/dev/null 2>&1

scan="$work/cli/empathylint scan $work/corpus --fail-on none"
parse="$work/parse/ParseBaseline $work/corpus"
validate="$work/npm/node_modules/.bin/html-validate $work/corpus"

echo "== time (whole process, $(nproc) cores)"
hyperfine --warmup 1 --runs "${RUNS:-5}" -i --style basic --export-markdown "$work/times.md" \
  -n "empathylint scan" "$scan" -n "AngleSharp parse only" "$parse" -n "html-validate" "$validate"
cat "$work/times.md"

echo "== peak memory (max RSS)"
for name in scan parse validate; do
  cmd=${!name}
  rss=$( { /usr/bin/time -v $cmd >/dev/null 2>/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' || true)
  [ -n "$rss" ] || rss=$( (/usr/bin/time -v $cmd >/dev/null) 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
  printf '%-10s %8d MiB\n' "$name" $((rss / 1024))
done
