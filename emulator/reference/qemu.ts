// Boot Debian's real arm64 kernel under QEMU's virt board, the reference the board is compared with.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** After a panic Linux waits forever (no panic= timeout): give it this long to finish its report. */
const AFTER_PANIC_MS = 1000;
const PANIC = 'Kernel panic - not syncing';

/**
 * The raw console of one QEMU boot of `vmlinuz` with `initrd`, as latin1 text. It ends when QEMU
 * exits (the guest powered off: -no-reboot), or shortly after the kernel panics.
 */
export async function bootOnQemu(vmlinuz: string, initrd: Buffer, cmdline: string, timeoutSeconds = 120): Promise<string> {
	const work = mkdtempSync(join(tmpdir(), 'kobox-qemu-'));
	try {
		const cpio = join(work, 'initrd.cpio');
		writeFileSync(cpio, initrd);
		const qemu = spawn('qemu-system-aarch64', ['-M', 'virt', '-cpu', 'cortex-a57', '-m', '512', '-nographic', '-no-reboot',
			'-kernel', vmlinuz, '-initrd', cpio, '-append', cmdline], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '', err = '';
		let timedOut = false, panicTimer: NodeJS.Timeout | undefined;
		const timer = setTimeout(() => { timedOut = true; qemu.kill('SIGKILL'); }, timeoutSeconds * 1000);
		qemu.stdout.on('data', (d: Buffer) => {
			out += d.toString('latin1');
			if (!panicTimer && out.includes(PANIC)) panicTimer = setTimeout(() => qemu.kill('SIGKILL'), AFTER_PANIC_MS);
		});
		qemu.stderr.on('data', (d: Buffer) => { err += d.toString(); });
		const code = await new Promise<number | null>((resolve, reject) => {
			qemu.on('error', e => reject(new Error(`qemu-system-aarch64: ${e.message}`)));
			qemu.on('close', c => resolve(c));
		});
		clearTimeout(timer);
		clearTimeout(panicTimer);
		if (timedOut) throw new Error(`qemu-system-aarch64: still running after ${timeoutSeconds} s:\n${out.slice(-2000)}`);
		if (code !== 0 && !panicTimer) throw new Error(`qemu-system-aarch64 exited with ${code}: ${err.trim()}`);
		return out;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
