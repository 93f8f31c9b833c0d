#!/usr/bin/env bash
# Runs CouplingBot locally: Azurite, the sandbox (Business Central + Dynamics 365 Sales), the bot and
# the Microsoft 365 Agents Playground (the local Teams client). The first run installs and builds
# what is missing. Data persists under .data/. Ctrl+C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/setup.sh

BOT_PORT=3978
SANDBOX_PORT=5080
PLAYGROUND_PORT=56150
DATA="$PWD/.data"

ensure_node_tools
echo "Building..."
dotnet build bot/CouplingBot.Bot.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build sandbox/CouplingBot.Sandbox.csproj -c Release --nologo -v quiet -clp:ErrorsOnly

for port in 10000 10001 10002; do ensure_port_free $port Azurite; done
ensure_port_free $SANDBOX_PORT sandbox
ensure_port_free $BOT_PORT bot
ensure_port_free $PLAYGROUND_PORT playground
mkdir -p "$DATA/azurite" "$DATA/sandbox" "$DATA/playground" "$DATA/logs"

pids=()
stop_all() {
  trap - EXIT INT TERM
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

node_modules/.bin/azurite --location "$DATA/azurite" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --skipApiVersionCheck --disableTelemetry --silent >"$DATA/logs/azurite.log" 2>&1 &
pids+=($!)
dotnet sandbox/bin/Release/net10.0/CouplingBot.Sandbox.dll --urls "http://127.0.0.1:$SANDBOX_PORT" \
  --Sandbox:DataPath="$DATA/sandbox" >"$DATA/logs/sandbox.log" 2>&1 &
pids+=($!)
wait_for_port 10002 Azurite
wait_for_port $SANDBOX_PORT "The sandbox"

ASPNETCORE_ENVIRONMENT=Development dotnet bot/bin/Release/net10.0/CouplingBot.Bot.dll --urls "http://127.0.0.1:$BOT_PORT" \
  >"$DATA/logs/bot.log" 2>&1 &
pids+=($!)
wait_for_port $BOT_PORT "The bot"

# The playground writes a devTools/ folder into its working directory: keep it under .data/.
(cd "$DATA/playground" && TEAMSAPPTESTER_BROWSER=none BOT_ENDPOINT="http://127.0.0.1:$BOT_PORT/api/messages" \
  exec "$OLDPWD/node_modules/.bin/agentsplayground" --disable-telemetry -c msteams -p $PLAYGROUND_PORT) >"$DATA/logs/playground.log" 2>&1 &
pids+=($!)
wait_for_port $PLAYGROUND_PORT "The playground"

cat <<MSG

CouplingBot is running.
  Teams client (Agents Playground): http://localhost:$PLAYGROUND_PORT
  Try: couple customer 10000

  Bot:        http://127.0.0.1:$BOT_PORT/api/messages
  Sandbox:    http://127.0.0.1:$SANDBOX_PORT  (Business Central: /bc/v2.0/sandbox/production/api/v2.0/, Dataverse: /dataverse/api/data/v9.2/)
  Azurite:    127.0.0.1:10000-10002
  Data:       .data/   Logs: .data/logs/
Press Ctrl+C to stop.
MSG

# Stop everything as soon as any one part exits.
wait -n "${pids[@]}" || true
echo "A component stopped; see .data/logs/."
