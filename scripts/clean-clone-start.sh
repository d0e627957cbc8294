#!/usr/bin/env bash
# Proves README's "npm install && npm start" on a clean clone with nothing beside it (issue 9):
# clone the committed repository into an empty temporary folder, run the two commands on a free
# port, wait for /api/health (and the web app), stop. Exits non-zero when any step fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/koers-clean-clone.XXXXXX)"
log="$work/start.log"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# GET a URL with Node (no curl needed): the body on stdout, non-zero unless the status is 200.
get() { node -e "fetch(process.argv[1]).then(async r=>{process.stdout.write(await r.text());process.exit(r.status===200?0:1)},()=>process.exit(1))" "$1"; }

git clone --quiet "$repo" "$work/koers"
cd "$work/koers"
if [ -e "$work/shared" ]; then echo "clean-clone: er staat iets naast de kloon" >&2; exit 1; fi
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

echo "clean-clone: npm install in $work/koers"
npm install --no-audit --no-fund >"$work/install.log" 2>&1 || { tail -n 40 "$work/install.log"; exit 1; }
if grep -q EBADENGINE "$work/install.log"; then
  grep -A4 EBADENGINE "$work/install.log" >&2
  echo "clean-clone: npm install meldt een niet-ondersteunde Node-versie (EBADENGINE)" >&2
  exit 1
fi

echo "clean-clone: npm start op poort $port"
# setsid: npm start and its children form one process group, stopped together.
PORT="$port" HOST=127.0.0.1 setsid npm start >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 360); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "clean-clone: npm start is gestopt voordat Koers antwoordde:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if health="$(get "http://127.0.0.1:$port/api/health" 2>/dev/null)"; then
    echo "clean-clone: /api/health → $health"
    get "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "clean-clone: de webapp wordt niet geserveerd" >&2; exit 1; }
    echo "clean-clone: geslaagd"
    exit 0
  fi
  sleep 0.5
done
echo "clean-clone: geen antwoord van /api/health binnen 180 s" >&2
tail -n 40 "$log" >&2
exit 1
