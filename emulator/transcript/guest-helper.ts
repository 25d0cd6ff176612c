// The transcript helper: a small static program of ours (guest-tools/transcript.c, built by setup)
// that runs commands inside the guest and reports what each did. The same program runs on the board
// and on Debian's real kernel, so the two transcripts can be compared line by line.
//
// For each command it prints, between OSC markers the host strips: that the command began, the
// command, its output (stdout and stderr, from a file so kernel console lines cannot mix in), its
// exit status, the kernel log records it caused (as `dmesg -r` prints them), the taint. It costs
// one process per command beyond the command itself (`sh -c COMMAND`).
//
// `transcript FILE` runs each line of FILE (a capture, or a whole scenario at once). `transcript
// --serve` takes requests from the console, one a line, and says when it is ready for the next:
// `run COMMAND`, or `files` to unpack the cpio archive the host put in /dev/kobox-files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir, requireFile } from '../paths.ts';
import type { MadeFile } from '../boot/rootfs.ts';

export const HELPER_PATH = '/kobox/transcript';
export const SCENARIO_PATH = '/kobox/scenario';

/** What the serving helper prints when it waits for the next request. */
export const READY_MARKER = '\x1b]kobox;ready\x07';
export const FILES_MARKER = /\x1b\]kobox;files=(\d+)\x07/;

/** The helper as setup builds it (scripts/lib.sh, build_tools). */
export const transcriptHelperPath = join(buildDir, 'guest-tools/transcript');

let helper: { file: MadeFile; digest: string } | undefined;

function loadHelper() {
	if (helper) return helper;
	const data = readFileSync(requireFile(transcriptHelperPath, 'the transcript helper', "run 'npm run setup' to build it"));
	return helper = {
		file: { guest: HELPER_PATH, data, mode: 0o755 },
		digest: `transcript helper ${createHash('sha256').update(data).digest('hex')}`,
	};
}

/** The helper, as a file of the guest's root filesystem. */
export const transcriptHelper = (): MadeFile => loadHelper().file;

/** What identifies the helper in a boot cache key (see boot-cache.ts): its contents' hash. */
export const transcriptHelperDigest = (): string => loadHelper().digest;
