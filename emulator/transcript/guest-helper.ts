// The shell helper that produces a transcript inside the guest. The same script runs on the board
// and on Debian's real kernel, so the two transcripts can be compared line by line.
//
// For each command of the scenario it prints, between OSC markers the host strips:
//   the command, its output (stdout and stderr, from a file so kernel console lines cannot mix in),
//   its exit status, the kernel log records it caused (`dmesg -r` before and after), the taint.
export const HELPER_PATH = '/kobox/transcript';
export const SCENARIO_PATH = '/kobox/scenario';

export const TRANSCRIPT_HELPER = `#!/bin/sh
# kobox transcript helper: run each line of $1 as a command and report what it did.
dmesg -n 1
while IFS= read -r cmd; do
	case "$cmd" in ''|'#'*) continue;; esac
	dmesg -r > /tmp/.kobox-before
	sh -c "$cmd" > /tmp/.kobox-out 2>&1 < /dev/null
	status=$?
	dmesg -r > /tmp/.kobox-after
	printf '\\033]kobox;cmd\\007%s\\n' "$cmd"
	cat /tmp/.kobox-out
	printf '\\033]kobox;status=%d\\007' "$status"
	tail -n +$(( $(wc -l < /tmp/.kobox-before) + 1 )) /tmp/.kobox-after
	printf '\\033]kobox;taint=%s\\007' "$(cat /proc/sys/kernel/tainted)"
done < "$1"
rm -f /tmp/.kobox-before /tmp/.kobox-after /tmp/.kobox-out
printf '\\033]kobox;done\\007'
`;
