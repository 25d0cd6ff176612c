#!/usr/bin/env bash
# How long a setup with nothing to do takes: what every `npm run kobox`, `npm start` and `npx kobox`
# pays before its command. Runs setup once (to be sure there is nothing left to do), then N times.
# usage: npm run bench:setup [-- N]   (default 20)
set -euo pipefail
setup=$(cd "$(dirname "$0")" && pwd)/setup.sh
n=${1:-20}
bash "$setup"
times=()
for _ in $(seq "$n"); do
	t0=$EPOCHREALTIME
	bash "$setup"
	times+=("$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" '
	{ t[NR] = $1 }
	END { printf "no-op setup, %d runs: median %.3f s, fastest %.3f s, slowest %.3f s\n", n, (n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2), t[1], t[n] }'
