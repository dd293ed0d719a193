#!/usr/bin/env bash
# Build overhead of the EmpathyLint analyzer: a generated Razor project with a few hundred forms (variations of
# the sample app's forms), built with and without the package, whole `dotnet build` process, median of N runs.
# Usage: benchmarks/build-overhead.sh [pages (default 300)] [runs (default 5)]
# Not part of the tests. Uses hyperfine when present (installed with apt-get when possible), else a bash loop.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pages="${1:-300}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset CI

if ! command -v hyperfine > /dev/null && command -v apt-get > /dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get install -y -qq hyperfine > /dev/null 2>&1 || (apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq hyperfine > /dev/null 2>&1)) || true
fi

version="0.1.0-bench$(date +%s)"
dotnet pack "$repo/analyzers/EmpathyLint.Package" -c Release -o "$work/feed" -p:Version="$version" > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
export NUGET_PACKAGES="$work/nuget-packages"

# One generated project, copied twice: identical sources, only the package reference differs.
make_project() { # make_project <dir>
  local dir="$1" i kind
  mkdir -p "$dir/Pages/Forms" "$dir/Components/Forms" "$dir/wwwroot/forms" "$dir/Models"
  cp -r "$repo/samples/SampleApp/." "$dir/"
  rm -rf "$dir/bin" "$dir/obj"
  for i in $(seq 1 "$pages"); do
    kind=$((i % 3))
    case $kind in
      # Razor Pages take their route from the file name, components from @page; nested model classes live in
      # each generated component class, so copies compile side by side.
      0) cp "$repo/samples/SampleApp/Pages/Account/Register.cshtml" "$dir/Pages/Forms/Register$i.cshtml" ;;
      1) sed -e "s#@page \"/signup\"#@page \"/forms/signup$i\"#" \
           "$repo/samples/SampleApp/Components/Pages/SignUp.razor" > "$dir/Components/Forms/SignUp$i.razor" ;;
      2) sed -e "s/<title>/<title>Form $i: /" "$repo/samples/SampleApp/wwwroot/intake/patient-intake.html" > "$dir/wwwroot/forms/intake$i.html" ;;
    esac
  done
}

make_project "$work/plain"
cp -r "$work/plain" "$work/linted"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
sed -i "s#</Project>#  <ItemGroup>\n    <PackageReference Include=\"EmpathyLint\" Version=\"$version\" />\n  </ItemGroup>\n</Project>#" "$work/linted/SampleApp.csproj"

for variant in plain linted; do
  dotnet restore "$work/$variant/SampleApp.csproj" > "$work/restore-$variant.log" 2>&1 || { cat "$work/restore-$variant.log"; exit 1; }
  # Warm-up build, and a check that the generated project compiles.
  dotnet build "$work/$variant/SampleApp.csproj" --no-restore > "$work/warmup-$variant.log" 2>&1 || { tail -30 "$work/warmup-$variant.log"; exit 1; }
done
razor=$(find "$work/linted" -name '*.razor' -o -name '*.cshtml' | grep -c .)
html=$(find "$work/linted" -name '*.html' | grep -c .)
findings=$(grep -Eo 'warning EL[0-9]{4}' "$work/warmup-linted.log" | wc -l)
echo "project: $razor .razor/.cshtml files, $html .html files; analyzer findings in one build: $findings"

# A full rebuild each run (--no-incremental), build server left running as developers have it.
cmd() { echo "dotnet build $work/$1/SampleApp.csproj --no-restore --no-incremental -nologo -v:q -clp:NoSummary"; }
median_ms() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

if command -v hyperfine > /dev/null; then
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/hyperfine.json" -n without "$(cmd plain) > /dev/null" -n with "$(cmd linted) > /dev/null" > "$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt"; exit 1; }
  without=$(python3 -c "import json; r=json.load(open('$work/hyperfine.json'))['results']; print(int(r[0]['median']*1000))")
  with=$(python3 -c "import json; r=json.load(open('$work/hyperfine.json'))['results']; print(int(r[1]['median']*1000))")
  tool=hyperfine
else
  measure() { # measure <variant>: one duration per line, in ms
    local i start end
    for i in $(seq 1 "$runs"); do
      start=$(date +%s%N); $(cmd "$1") > /dev/null 2>&1 || true; end=$(date +%s%N)
      echo $(((end - start) / 1000000))
    done
  }
  without=$(measure plain | median_ms)
  with=$(measure linted | median_ms)
  tool="bash loop"
fi
ratio=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a / b }')
echo "median of $runs full builds ($tool): without EmpathyLint ${without} ms, with EmpathyLint ${with} ms, ratio ${ratio}"
