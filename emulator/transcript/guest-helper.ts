// The shell helper that produces a transcript inside the guest. The same script runs on the board
// and on Debian's real kernel, so the two transcripts can be compared line by line.
//
// For each command it prints, between OSC markers the host strips: that the command began, the
// command, its output (stdout and stderr, from a file so kernel console lines cannot mix in), its
// exit status, the kernel log records it caused (`dmesg -r` before and after), the taint.
//
// `transcript FILE` runs each line of FILE (a capture, or a whole scenario at once). `transcript
// --serve` takes requests from the console, one a line, and says when it is ready for the next:
// `run COMMAND`, or `files` to unpack the cpio archive the host put in /dev/kobox-files.
export const HELPER_PATH = '/kobox/transcript';
export const SCENARIO_PATH = '/kobox/scenario';

/** What the serving helper prints when it waits for the next request. */
export const READY_MARKER = '\x1b]kobox;ready\x07';
export const FILES_MARKER = /\x1b\]kobox;files=(\d+)\x07/;

export const TRANSCRIPT_HELPER = `#!/bin/sh
# kobox transcript helper: run commands and report what each did.
kobox_run() {
	printf '\\033]kobox;begin\\007'
	dmesg -r > /tmp/.kobox-before
	sh -c "$1" > /tmp/.kobox-out 2>&1 < /dev/null
	status=$?
	dmesg -r > /tmp/.kobox-after
	printf '\\033]kobox;cmd\\007%s\\n' "$1"
	cat /tmp/.kobox-out
	printf '\\033]kobox;status=%d\\007' "$status"
	tail -n +$(( $(wc -l < /tmp/.kobox-before) + 1 )) /tmp/.kobox-after
	printf '\\033]kobox;taint=%s\\007' "$(cat /proc/sys/kernel/tainted)"
	rm -f /tmp/.kobox-before /tmp/.kobox-after /tmp/.kobox-out
}
dmesg -n 1
if [ "$1" = --serve ]; then
	stty -echo
	while printf '\\033]kobox;ready\\007' && IFS= read -r req; do
		case "$req" in
		files) (cd / && cpio -idmu < /dev/kobox-files 2> /tmp/.kobox-cpio)
			printf '\\033]kobox;files=%d\\007' $?;;
		run\\ *) kobox_run "\${req#run }";;
		esac
	done
	exit
fi
while IFS= read -r cmd; do
	case "$cmd" in ''|'#'*) continue;; esac
	kobox_run "$cmd"
done < "$1"
printf '\\033]kobox;done\\007'
`;
