#!/usr/bin/env bash
# The production stack on one machine, locally: the app server (gunicorn) behind the HTTP
# cache (Varnish). Readers use http://127.0.0.1:$PORT/ (Varnish); the app listens on
# $APP_PORT. Without varnishd it serves the app directly on $PORT and says so.
# Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8000}
APP_PORT=${APP_PORT:-$((PORT + 1))}
WORKERS=${WORKERS:-2}
VENV=${VENV:-.venv}
run_dir=$(mktemp -d)
chmod 755 "$run_dir"  # varnishd reads the VCL as its own unprivileged user
trap 'kill 0 2>/dev/null; rm -rf "$run_dir"' EXIT INT TERM

VARNISHD=$(command -v varnishd || echo /usr/sbin/varnishd)
if [ ! -x "$VARNISHD" ]; then
  echo "varnishd not found (apt-get install varnish): serving the app directly on :$PORT"
  exec "$VENV/bin/gunicorn" cchc.wsgi -w "$WORKERS" -b "127.0.0.1:$PORT"
fi
export CCHC_CACHE_PURGE_URL="http://127.0.0.1:$PORT"
sed "s/\.port = \"8001\"/.port = \"$APP_PORT\"/" deploy/varnish/cchc.vcl >"$run_dir/cchc.vcl"
"$VENV/bin/gunicorn" cchc.wsgi -w "$WORKERS" -b "127.0.0.1:$APP_PORT" &
"$VARNISHD" -F -a "127.0.0.1:$PORT" -f "$run_dir/cchc.vcl" -s malloc,128m -n "$run_dir/varnish" -P "$run_dir/varnish.pid" &
echo "Serving through Varnish on http://127.0.0.1:$PORT/ (app on :$APP_PORT; purges go to $CCHC_CACHE_PURGE_URL)"
wait
