// Boot Debian's real arm64 kernel under QEMU's virt board, the reference the board is compared with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The raw console of one QEMU boot of `vmlinuz` with `initrd`, as latin1 text. */
export function bootOnQemu(vmlinuz: string, initrd: Buffer, cmdline: string, timeoutSeconds = 120): string {
	const work = mkdtempSync(join(tmpdir(), 'kobox-qemu-'));
	try {
		const cpio = join(work, 'initrd.cpio');
		writeFileSync(cpio, initrd);
		const qemu = spawnSync('qemu-system-aarch64', ['-M', 'virt', '-cpu', 'cortex-a57', '-m', '512', '-nographic', '-no-reboot',
			'-kernel', vmlinuz, '-initrd', cpio, '-append', cmdline], { timeout: timeoutSeconds * 1000, maxBuffer: 64 << 20 });
		if (qemu.error) throw new Error(`qemu-system-aarch64: ${qemu.error.message}`);
		return qemu.stdout.toString('latin1');
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
