#!/bin/sh
# xl-validate.sh FILE.cfg...      every file must pass Xen's own xl.cfg parser
# xl-validate.sh --json FILE.cfg  print the domain configuration xl built from FILE (JSON)
#
# Runs the real `xl -N create` (a dry run: parse, build the domain configuration, print it)
# without a hypervisor, with xl-offline.c preloaded. A file passes when xl exits 0 and says
# nothing on stderr besides "Parsing config from": xl only warns, and still exits 0, for some
# values it ignores (a bad mac address, a non-numeric memory), and those are our bugs too.
# Exit: 0 every file passed, 1 a file failed, 2 the tools are missing.
set -u
here=$(dirname "$(readlink -f "$0")")
xl=${XL:-/usr/lib/xen-4.17/bin/xl}
if [ ! -x "$xl" ]; then
  echo "xl-validate: $xl not found (apt-get install --no-install-recommends xen-utils-4.17)" >&2
  exit 2
fi
command -v gcc >/dev/null 2>&1 || { echo "xl-validate: gcc not found (apt-get install gcc)" >&2; exit 2; }

# The library is built once per version of its source; tests run in parallel, so it is built
# under a private name and renamed into place, which is atomic.
source_hash=$(sha256sum "$here/xl-offline.c" | cut -c1-16)
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/topolang
library="$cache/xl-offline-$source_hash.so"
if [ ! -f "$library" ]; then
  mkdir -p "$cache" || exit 2
  partial="$library.$$"
  gcc -shared -fPIC -O2 -Wall -o "$partial" "$here/xl-offline.c" || { rm -f "$partial"; exit 2; }
  mv -f "$partial" "$library"
fi

if [ "${1:-}" = "--json" ]; then
  [ $# -eq 2 ] || { echo "usage: xl-validate.sh --json FILE.cfg" >&2; exit 2; }
  LD_PRELOAD="$library" exec "$xl" -N create "$2"
fi

status=0
for file in "$@"; do
  errors=$(LD_PRELOAD="$library" "$xl" -N create "$file" 2>&1 >/dev/null)
  code=$?
  findings=$(printf '%s\n' "$errors" | grep -v '^Parsing config from ')
  if [ "$code" -ne 0 ] || [ -n "$findings" ]; then
    echo "FAIL $file (xl exit $code): $findings"
    status=1
  else
    echo "OK   $file"
  fi
done
exit $status
