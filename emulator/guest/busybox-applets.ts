// Which applet links the root filesystem needs: asked of busybox itself (`busybox --list-full`),
// run as init once per busybox binary (on the board, or on whatever runs a busybox the board cannot,
// such as armhf's under QEMU), and cached.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, type Arch } from '../paths.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { Board } from '../board/board.ts';
import { Initramfs } from '../boot/initramfs.ts';

const APPLET_PATH = /^(?:(?:usr\/)?s?bin\/\S+|linuxrc)$/;

/** Asked once per binary and process: kobox run asks before it builds an initramfs, which asks again. */
const asked = new Map<string, Promise<string[]>>();

/** Boot an initramfs with a kernel command line; the console it printed. */
export type BootConsole = (initrd: Buffer, cmdline: string) => Promise<string>;

/** Boot on the board, of an architecture (its default guest kernel, or `kernel`). */
export const onBoard = (arch: Arch = 'arm64', kernel?: string): BootConsole => async (initrd, cmdline) => {
	const board = new Board({ arch, kernel, initrd, cmdline, timeoutSeconds: 60 });
	try {
		const exit = await board.run();
		return `${board.console}\n(${exit.message})`;
	} finally {
		board.close();
	}
};

export function busyboxApplets(busybox: string, boot: BootConsole = onBoard()): Promise<string[]> {
	let applets = asked.get(busybox);
	if (!applets) {
		asked.set(busybox, applets = listApplets(busybox, boot));
		applets.catch(() => asked.delete(busybox)); // a failure is not kept: the next call asks again
	}
	return applets;
}

async function listApplets(busybox: string, boot: BootConsole): Promise<string[]> {
	const binary = readFileSync(busybox);
	const hash = createHash('sha256').update(binary).digest('hex').slice(0, 16);
	const cached = join(cacheDir, 'busybox', `applets-${hash}.txt`);
	if (existsSync(cached)) return readFileSync(cached, 'utf8').split('\n').filter(Boolean);
	const initrd = new Initramfs().file('/bin/busybox', binary, 0o755).charDevice('/dev/console', 5, 1).toBuffer();
	const console = await boot(initrd, 'console=ttyAMA0 quiet rdinit=/bin/busybox -- --list-full');
	const applets = console.split(/\r?\n/).filter(l => APPLET_PATH.test(l));
	if (!applets.includes('bin/sh')) throw new Error(`could not list busybox's applets:\n${console.split(/\r?\n/).slice(-10).join('\n')}`);
	mkdirSync(join(cacheDir, 'busybox'), { recursive: true });
	writeFileAtomic(cached, applets.join('\n') + '\n');
	return applets;
}
