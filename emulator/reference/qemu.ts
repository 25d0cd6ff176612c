// Boot Debian's real kernel under QEMU's virt board, the reference the board is compared with: arm64's
// on a Cortex-A57, or armhf's -armmp on a Cortex-A15 (the CPU Unicorn models for 32-bit ARM).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Arch } from '../paths.ts';

/** After a panic Linux waits forever (no panic= timeout): give it this long to finish its report. */
const AFTER_PANIC_MS = 1000;
const PANIC = 'Kernel panic - not syncing';

/** The QEMU program and CPU of each architecture's reference (both on `-M virt`). */
export const QEMU: Record<Arch, { program: string; cpu: string }> = {
	arm64: { program: 'qemu-system-aarch64', cpu: 'cortex-a57' },
	arm: { program: 'qemu-system-arm', cpu: 'cortex-a15' },
};

/**
 * The raw console of one QEMU boot of `vmlinuz` with `initrd`, as latin1 text. It ends when QEMU
 * exits (the guest powered off: -no-reboot), or shortly after the kernel panics.
 */
export async function bootOnQemu(vmlinuz: string, initrd: Buffer, cmdline: string, timeoutSeconds = 120, arch: Arch = 'arm64'): Promise<string> {
	const work = mkdtempSync(join(tmpdir(), 'kobox-qemu-'));
	const { program, cpu } = QEMU[arch];
	try {
		const cpio = join(work, 'initrd.cpio');
		writeFileSync(cpio, initrd);
		const qemu = spawn(program, ['-M', 'virt', '-cpu', cpu, '-m', '512', '-nographic', '-no-reboot',
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
			qemu.on('error', e => reject(new Error(`${program}: ${e.message}`)));
			qemu.on('close', c => resolve(c));
		});
		clearTimeout(timer);
		clearTimeout(panicTimer);
		if (timedOut) throw new Error(`${program}: still running after ${timeoutSeconds} s:\n${out.slice(-2000)}`);
		if (code !== 0 && !panicTimer) throw new Error(`${program} exited with ${code}: ${err.trim()}`);
		return out;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
