# Sourced by the benchmark scripts: a SQLite database seeded with N demo tickets, made once and
# cached in the build folder (seeding 100,000 tickets takes minutes).
#   seeded_sqlite_db BUILD_DIR SERVER_BINARY TICKETS  -> prints the cached file's path
seeded_sqlite_db() {
  local build=$1 server=$2 tickets=$3
  local cache="$build/bench-$tickets.db"
  if [[ ! -f "$cache" ]]; then
    echo "== seeding $tickets tickets into $cache (once)" >&2
    /usr/bin/time -f "   seeding took %e s, peak RSS %M KiB" "$server" seed --tickets "$tickets" --db "$cache.tmp" >/dev/null
    "$server" migrate --db "$cache.tmp" >/dev/null
    python3 - "$cache.tmp" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()
PY
    mv "$cache.tmp" "$cache"; rm -f "$cache.tmp-wal" "$cache.tmp-shm"
  else
    # A cache made by an older server gets the newer schema once (a no-op when current).
    "$server" migrate --db "$cache" >/dev/null
    python3 - "$cache" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()
PY
  fi
  echo "$cache"
}
