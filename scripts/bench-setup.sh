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
	t0=${EPOCHREALTIME/./}
	bash "$setup"
	times+=("$(( ${EPOCHREALTIME/./} - t0 ))")
done
# CPU time of the runs (user + system, from the shell's `times`: its children's), which other jobs
# on the machine change less than wall time.
tfile=$(mktemp)
times > "$tfile"
cpu=$(tail -n1 "$tfile" | awk '{ for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); s += p[1] * 60 + p[2] } print s }')
rm -f "$tfile"
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" -v cpu="$cpu" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
	{ t[NR] = $1 / 1e6 }
	END { printf "no-op setup, %d runs: wall median %.3f s (fastest %.3f, slowest %.3f); CPU %.3f s a run; load average %s\n", n, (n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2), t[1], t[n], cpu / (n + 1), load }'
