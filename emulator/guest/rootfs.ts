// The root filesystem kobox hands to the kernel: Debian's busybox with its applet links, the
// device nodes and mount points an init expects, the user's files, and an /init.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Initramfs } from '../boot/initramfs.ts';
import { fileProblem } from '../paths.ts';

export interface GuestFile { host: string; guest: string }

/** `HOST[:GUEST]`, GUEST defaulting to /<basename of HOST>. */
export function parseAddSpec(spec: string): GuestFile {
	const colon = spec.lastIndexOf(':');
	const host = colon > 0 ? spec.slice(0, colon) : spec;
	const guest = colon > 0 ? spec.slice(colon + 1) : `/${basename(spec)}`;
	const problem = fileProblem(host);
	if (problem) throw new Error(`--add: ${host}: ${problem}`);
	if (!guest.startsWith('/')) throw new Error(`--add: the guest path must be absolute: ${guest}`);
	return { host, guest };
}

/** Markers kobox's own /init prints around the command, invisible on a terminal (OSC strings). */
export const COMMAND_START = '\x1b]kobox;start\x07';
export const exitMarker = (status: number) => `\x1b]kobox;exit=${status}\x07`;
export const EXIT_MARKER = /\x1b\]kobox;exit=(\d+)\x07/;

/** Quote words for sh, so the command runs with exactly the arguments given. */
export function shellQuote(words: string[]): string {
	return words.map(w => /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
}

const MOUNTS = `mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev`;

/** kobox's built-in /init: mount the kernel's filesystems, run the command, report, power off. */
export function commandInit(command: string[]): string {
	return `#!/bin/sh
${MOUNTS}
printf '\\033]kobox;start\\007'
${shellQuote(command)}
printf '\\033]kobox;exit=%d\\007' $?
poweroff -f
`;
}

/** Where the command of `waitingInit()` goes: sourced by /init, so it runs in init's shell. */
export const COMMAND_PATH = '/kobox/command';
/** What `waitingInit()` prints when it waits for the host's files. */
export const FILES_READY = '\x1b]kobox;ready\x07';

/** Where kobox's transcript helper (guest-tools/transcript.c, see transcript-helper.ts) is in the guest. */
export const HELPER_PATH = '/kobox/transcript';
/** What unpacks the host's files in the guest: the helper, which costs less than busybox's cpio. */
const UNPACK_FILES = `${HELPER_PATH} --files`;

/**
 * commandInit() for the board, where the command and the added files come from the host through
 * the kobox-files window once /init says it is ready: every run boots the same way up to that
 * point, so one board saved there serves every command (the boot cache).
 */
export function waitingInit(): string {
	return `#!/bin/sh
${MOUNTS}
printf '\\033]kobox;ready\\007'
${UNPACK_FILES} || echo 'kobox: the guest could not unpack the added files' >&2
printf '\\033]kobox;start\\007'
. ${COMMAND_PATH}
printf '\\033]kobox;exit=%d\\007' $?
poweroff -f
`;
}

/** The file of `waitingInit()`'s command: the words, quoted for sh. */
export const commandScript = (command: string[]) => `${shellQuote(command)}\n`;

/** The /init of a plain boot (`kobox boot`): mount the kernel's filesystems and power off. */
export function bootInit(): string {
	return `#!/bin/sh
${MOUNTS}
poweroff -f
`;
}

/** The /init of `kobox shell`: an interactive busybox shell on the console. */
export function shellInit(): string {
	return `#!/bin/sh
${MOUNTS}
setsid cttyhack sh -l
poweroff -f
`;
}

/** A cpio archive of the files, with the fixed metadata the initramfs writer gives them. */
export function filesArchive(files: GuestFile[], made: MadeFile[] = []): Buffer {
	const fs = new Initramfs();
	for (const f of made) fs.file(f.guest, f.data, f.mode ?? 0o644);
	for (const f of files) fs.file(f.guest, readFileSync(f.host), statSync(f.host).mode & 0o777);
	return fs.toBuffer();
}

/** A file made in memory (kobox's own helpers). */
export interface MadeFile { guest: string; data: string | Buffer; mode?: number }

export interface RootfsSpec {
	busybox: string;
	/** Applet paths as `busybox --list-full` prints them (bin/ls, usr/bin/wc, ...). */
	applets: string[];
	init: string;
	add?: GuestFile[];
	/** Files made in memory (kobox's own helpers). */
	files?: MadeFile[];
}

/** A file of the root filesystem that kobox itself puts there, and what it is. */
export function ownFile(guest: string, applets: string[]): string | undefined {
	if (guest === '/init') return 'the init that mounts proc, sysfs and devtmpfs, runs the command or the shell, and powers off';
	if (guest === '/bin/busybox') return "Debian's busybox, which every applet link points to";
	if (guest === '/dev/console' || guest === '/dev/null') return 'a device node';
	if (applets.includes(guest.slice(1))) return `the link to busybox's ${basename(guest)} applet`;
	return undefined;
}

export function buildRootfs(spec: RootfsSpec): Buffer {
	const fs = new Initramfs()
		.file('/bin/busybox', readFileSync(spec.busybox), 0o755)
		.charDevice('/dev/console', 5, 1)
		.charDevice('/dev/null', 1, 3, 0o666)
		.directory('/proc', 0o555).directory('/sys', 0o555).directory('/tmp', 0o1777).directory('/root', 0o700);
	for (const applet of spec.applets) if (applet !== 'bin/busybox') fs.symlink(`/${applet}`, '/bin/busybox');
	fs.file('/init', spec.init, 0o755);
	for (const f of spec.files ?? []) fs.file(f.guest, f.data, f.mode ?? 0o644);
	for (const f of spec.add ?? []) {
		const mode = statSync(f.host).mode & 0o777;
		fs.file(f.guest, readFileSync(f.host), mode);
	}
	return fs.toBuffer();
}
