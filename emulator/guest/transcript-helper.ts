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
// `run COMMAND`, or `files` to unpack the cpio archive the host put in /dev/kobox-files (the helper
// unpacks it itself). `transcript --files` unpacks it and exits: kobox run's /init does that.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archBuildDir, requireFile, setupCommand, type Arch } from '../paths.ts';
import { HELPER_PATH, type MadeFile } from './rootfs.ts';

export { HELPER_PATH };
export const SCENARIO_PATH = '/kobox/scenario';

/** What the serving helper prints when it waits for the next request. */
export const READY_MARKER = '\x1b]kobox;ready\x07';
export const FILES_MARKER = /\x1b\]kobox;files=(\d+)\x07/;

/** The helper as setup builds it (scripts/lib.sh, build_tools): arm64's, or armhf's (scripts/setup-arm.sh). */
export const helperPathFor = (arch: Arch) => join(archBuildDir(arch), 'guest-tools/transcript');
export const transcriptHelperPath = helperPathFor('arm64');

const helpers = new Map<Arch, { file: MadeFile; digest: string }>();

function loadHelper(arch: Arch = 'arm64') {
	let helper = helpers.get(arch);
	if (helper) return helper;
	const what = arch === 'arm' ? 'the armhf transcript helper' : 'the transcript helper';
	const data = readFileSync(requireFile(helperPathFor(arch), what, `run ${setupCommand(arch)} to build it`));
	helpers.set(arch, helper = {
		file: { guest: HELPER_PATH, data, mode: 0o755 },
		digest: `transcript helper ${createHash('sha256').update(data).digest('hex')}`,
	});
	return helper;
}

/** The helper, as a file of the guest's root filesystem. */
export const transcriptHelper = (arch: Arch = 'arm64'): MadeFile => loadHelper(arch).file;

/** What identifies the helper in a boot cache key (see boot-cache.ts): its contents' hash. */
export const transcriptHelperDigest = (arch: Arch = 'arm64'): string => loadHelper(arch).digest;
