#!/usr/bin/env bash
# Package test: packs EmpathyLint into a local feed, builds a copy of the sample app with it from a fresh
# package cache, and checks what developers see: warnings at file(line,col) in .razor, .cshtml, .html and
# .cs files, a failing -warnaserror build, a SARIF log with EL ids, and never AD0001.
# Prints "package test: N passed, N failed" and exits non-zero on failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
[ -n "${KEEP_WORK:-}" ] && echo "work dir: $work" || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The sample app restores from a fresh cache (set below, after packing), so the package just packed is the one
# used, never an older copy with the same version.
# The repository's CI=true turns warnings into errors; the sample build must not inherit that.
unset CI

passed=0
failed=0
check() { # check <description> <command...>
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}
has() { grep -Eq "$1" "$2"; }
lacks() { ! grep -Eq "$1" "$2"; }

version="0.1.0-test$(date +%s)"
feed="$work/feed"
echo "== pack $version"
if ! dotnet pack "$repo/analyzers/EmpathyLint.Package" -c Release -o "$feed" -p:Version="$version" > "$work/pack.log" 2>&1; then
  cat "$work/pack.log"; echo "package test: 0 passed, 1 failed"; exit 1
fi
nupkg="$feed/EmpathyLint.$version.nupkg"
unzip -l "$nupkg" > "$work/contents.txt"
check "package holds the analyzer, code fixes and Core" has 'analyzers/dotnet/cs/EmpathyLint\.Analyzers\.dll' "$work/contents.txt"
check "package holds the code fixes" has 'analyzers/dotnet/cs/EmpathyLint\.CodeFixes\.dll' "$work/contents.txt"
check "package holds Core's dependencies" bash -c "grep -q 'analyzers/dotnet/cs/EmpathyLint.Core.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/AngleSharp.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/Humanizer.dll' '$work/contents.txt' && grep -q 'analyzers/dotnet/cs/YamlDotNet.dll' '$work/contents.txt'"
check "package never ships Roslyn or System.Collections.Immutable" lacks 'Microsoft\.CodeAnalysis|System\.Collections\.Immutable|System\.Reflection\.Metadata' "$work/contents.txt"
check "package holds build, buildTransitive and the presets" bash -c "grep -q 'build/EmpathyLint.props' '$work/contents.txt' && grep -q 'buildTransitive/EmpathyLint.targets' '$work/contents.txt' && grep -q 'config/EmpathyLint.strict.globalconfig' '$work/contents.txt'"

export NUGET_PACKAGES="$work/nuget-packages"
app="$work/samples"
cp -r "$repo/samples" "$app"
rm -rf "$app/SampleApp/bin" "$app/SampleApp/obj"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
csproj="$app/SampleApp/SampleApp.csproj"
sed -i "s#</Project>#  <ItemGroup>\n    <PackageReference Include=\"EmpathyLint\" Version=\"$version\" />\n  </ItemGroup>\n</Project>#" "$csproj"

echo "== build the sample app"
dotnet build "$csproj" -nologo -clp:NoSummary -p:ErrorLog="$work/build.sarif%2Cversion=2.1" > "$work/build.log" 2>&1
status=$?
check "sample app builds (warnings only)" test "$status" -eq 0
# file(line,col): warning ELxxxx — the MSBuild canonical format, as IDEs and CI parse it.
check "EL1001 in Register.cshtml at line:col" has 'Pages/Account/Register\.cshtml\([0-9]+,[0-9]+\): warning EL1001' "$work/build.log"
check "EL1003 in SignUp.razor at line:col" has 'Components/Pages/SignUp\.razor\([0-9]+,[0-9]+\): warning EL1003' "$work/build.log"
check "EL1001 in Models/Gender.cs at line:col" has 'Models/Gender\.cs\(4,[0-9]+,?[0-9,]*\): warning EL1001' "$work/build.log"
check "findings in patient-intake.html" has 'wwwroot/intake/patient-intake\.html\([0-9]+,[0-9]+\): warning EL[0-9]{4}' "$work/build.log"
# The ISO-8859-1 legacy form is the one file that cannot be read; it must be reported, with the reason, and nothing else.
check "EL0001 on the ISO-8859-1 legacy form, with the reason" has 'legacy/solicitud-socio\.html\(1,1\): warning EL0001: File could not be scanned: the file is not valid UTF-8' "$work/build.log"
check "no other EL0001 (every other file scanned)" bash -c "! grep -E 'EL0001' '$work/build.log' | grep -vq 'solicitud-socio'"
check "no AD0001 (the analyzer never throws)" lacks 'AD0001' "$work/build.log"
check "precision: no EL1001 on the pet or cable forms" lacks '(PetRegistration|CableOrder)\.razor\([0-9]+,[0-9]+\): warning EL1001' "$work/build.log"
check "precision: the inclusive contact form is clean" lacks 'Inclusive\.cshtml(\.cs)?\(' "$work/build.log"
check "SARIF log written" test -s "$work/build.sarif"
check "SARIF 2.1 with EL rule ids" bash -c "grep -q '\"version\": \"2.1.0\"' '$work/build.sarif' && grep -Eq '\"ruleId\": \"EL1001\"' '$work/build.sarif'"
check "SARIF has no AD0001 result" lacks '"ruleId": "AD0001"' "$work/build.sarif"

echo "== build with -warnaserror"
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental -warnaserror > "$work/werror.log" 2>&1
werror=$?
check "-warnaserror fails the build" test "$werror" -ne 0
check "-warnaserror reports EL findings as errors" has 'error EL1001' "$work/werror.log"

echo "== presets"
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental -p:EmpathyLintPreset=strict > "$work/strict.log" 2>&1
check "strict preset turns on off-by-default rules (EL2003)" has 'warning EL2003' "$work/strict.log"
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental -p:EmpathyLintPreset=minimal > "$work/minimal.log" 2>&1
check "minimal preset keeps EL1001" has 'warning EL1001' "$work/minimal.log"
check "minimal preset drops data-minimisation rules (EL3001)" lacks 'EL3001' "$work/minimal.log"
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental -p:NoWarn=EL1001 > "$work/nowarn.log" 2>&1
check "NoWarn=EL1001 silences EL1001 in markup and C#" lacks 'EL1001' "$work/nowarn.log"
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental -p:EmpathyLintPreset=bogus > "$work/bogus.log" 2>&1
check "an unknown preset is an error" has 'EmpathyLintPreset .bogus. is not a preset' "$work/bogus.log"

echo "== config parity: a config in a parent folder, the file it extends, .resx labels"
# As the CLI finds it: the nearest empathylint.yaml from the project folder up to the repository root.
# The sample's own config (its journeys) would be the nearest one: set it aside for this check.
[ -f "$app/SampleApp/empathylint.yaml" ] && mv "$app/SampleApp/empathylint.yaml" "$work/sample-empathylint.yaml"
mkdir -p "$app/.git" "$app/config" "$app/SampleApp/Resources"
printf 'extends: ./config/base.yaml\n' > "$app/empathylint.yaml"
printf 'rules:\n  EL1001: error\n' > "$app/config/base.yaml"
printf '<root><data name="Fields.Sex"><value>Gender</value></data></root>\n' > "$app/SampleApp/Resources/SharedResource.resx"
mkdir -p "$app/SampleApp/Pages/Parity"
cat > "$app/SampleApp/Pages/Parity/Localized.cshtml" <<'CSHTML'
@page
@inject Microsoft.AspNetCore.Mvc.Localization.IViewLocalizer Localizer
<form method="post">
  <label for="s">@Localizer["Fields.Sex"]</label>
  <select id="s" name="s"><option>Male</option><option>Female</option></select>
</form>
CSHTML
dotnet build "$csproj" -nologo -clp:NoSummary --no-incremental > "$work/parity.log" 2>&1
check "a parent-folder config's extends target sets EL1001 to error" has 'Register\.cshtml\([0-9]+,[0-9]+\): error EL1001' "$work/parity.log"
check "a .resx label names the question (EL1001 on the localized page)" has 'Parity/Localized\.cshtml\([0-9]+,[0-9]+\): error EL1001' "$work/parity.log"
dotnet run --project "$repo/cli" -- scan "$app/SampleApp" --format json > "$work/parity-cli.json" 2> /dev/null
check "the CLI reports the same EL1001 errors as the build" bash -c "[ \"\$(grep -Eo 'error EL1001' '$work/parity.log' | sort -u | wc -l)\" -ge 1 ] && grep -q '\"ruleId\": *\"EL1001\"' '$work/parity-cli.json'"
rm -rf "$app/.git" "$app/config" "$app/empathylint.yaml" "$app/SampleApp/Resources" "$app/SampleApp/Pages/Parity"
[ -f "$work/sample-empathylint.yaml" ] && mv "$work/sample-empathylint.yaml" "$app/SampleApp/empathylint.yaml"

if [ "$failed" -ne 0 ]; then
  echo "--- build log (first 80 EL lines)"; grep -E 'EL[0-9]{4}|AD0001|error' "$work/build.log" | head -80
fi
echo "package test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
