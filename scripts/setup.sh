# Shared by run.sh and test.sh: installs what a fresh machine lacks. Source it; don't run it.

# Node tools (Azurite, the Agents Playground, the Adaptive Cards renderer): npm ci when
# node_modules is missing or older than the lock file.
ensure_node_tools() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing Node tools (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Debian's Chromium, for the browser tests (Playwright drives it; it never downloads a browser).
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  echo "Installing Chromium (apt-get install chromium)..."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# Fails with a clear message when a port this script needs is taken.
ensure_port_free() {
  local port=$1 what=$2
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port ($what) is already in use. Stop whatever listens there (or an earlier ./run.sh) and try again." >&2
    exit 1
  fi
}

# Waits until something listens on a port, or gives up after $3 seconds.
wait_for_port() {
  local port=$1 what=$2 seconds=${3:-60}
  for _ in $(seq $((seconds * 5))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "$what did not start on port $port within ${seconds}s." >&2
  return 1
}
