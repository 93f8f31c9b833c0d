#!/usr/bin/env bash
# Runs every test of CouplingBot on a fresh machine: installs what is missing (Node tools,
# Chromium), builds, runs each test project, and ends with one line:
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"
. scripts/setup.sh

ensure_node_tools || exit 1
ensure_chromium || exit 1

echo "Building..."
if ! dotnet build CouplingBot.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

passed=0 failed=0 skipped=0 status=0
rm -rf artifacts/test-logs artifacts/reliability
mkdir -p artifacts/test-logs
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log="artifacts/test-logs/$name.log"
  echo "== $name"
  dotnet test --project "$project" --no-build --no-progress >"$log" 2>&1
  code=$?
  total=$(grep -E '^\s+total: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  p=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  f=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  s=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  p=${p:-0} f=${f:-0} s=${s:-0}
  if [ "$code" != 0 ] && [ "$f" = 0 ]; then
    # The runner failed without counting a failed test (crash, no tests): count the project as one failure.
    f=1
  fi
  if [ "$code" != 0 ]; then
    status=1
    # Each failed test with its message and the top of its stack; the log's tail when none was named (a crash).
    if grep -qE '^failed ' "$log"; then
      grep -E -A25 '^failed ' "$log" | head -200
    else
      grep -vE '^\s*$' "$log" | tail -60
    fi
  fi
  echo "   ${total:-0} tests: $p passed, $f failed, $s skipped"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done

# The reliability suite's figures (tests/CouplingBot.Reliability.Tests, docs/reliability.md).
if [ -f artifacts/reliability/figures.tsv ]; then
  echo "Reliability figures:"
  awk -F'\t' '{ printf "   %-14s %-60s %s\n", $1, $2, $3 }' artifacts/reliability/figures.tsv
fi

echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
