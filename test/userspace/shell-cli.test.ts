// `kobox shell` reads what is typed and powers the board off when the shell exits. A person at a
// terminal gets the host's clock; a script piped in gets the deterministic virtual clock.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';

const kobox = join(repoRoot, 'bin/kobox.js');
const onTerminal = () => spawnSync('script', ['--version']).status === 0;

/** Type INPUT into kobox shell (through `script`, on a terminal of its own, with onTerminal). */
function shell(input: string[], quit = false, terminal = false): Promise<{ status: number | null; stdout: string }> {
	return new Promise((resolve, reject) => {
		const args = ['shell', '--timeout', '60'];
		const child = terminal
			? spawn('script', ['-qfec', [kobox, ...args].join(' '), '/dev/null'])
			: spawn(kobox, [...args, '--cmdline', 'console=ttyAMA0 quiet']);
		let stdout = '';
		let sent = 0;
		child.stdout.on('data', (d: Buffer) => {
			stdout += d.toString();
			// Type the next line once the shell shows a prompt (busybox then asks the terminal
			// where the cursor is, with ESC [ 6 n, as it does on Linux).
			const prompt = /[#$] (\x1b\[6n)?$/.test(stdout);
			if (prompt && sent < input.length) child.stdin.write(input[sent++]);
			else if (prompt && quit && sent === input.length) { child.stdin.write('\x01x'); sent++; }
		});
		child.on('error', reject);
		child.on('close', status => resolve({ status, stdout }));
	});
}

describe('kobox shell', () => {
	it('runs what is typed and powers off when the shell exits', async () => {
		const r = await shell(['echo typed-$((40 + 2))\n', 'exit\n']);
		expect(r.stdout).toContain('typed-42');
		expect(r.stdout).toContain('reboot: Power down');
		expect(r.status).toBe(0);
	});

	it('quits on Ctrl-A X', async () => {
		const r = await shell(['echo still-here\n'], true);
		expect(r.stdout).toContain('still-here');
		expect(r.status).toBe(0);
	});

	it('runs on the virtual clock when its input is a script: the same date every run', async () => {
		const r = await shell(['date -u +%F\n', 'exit\n']);
		expect(r.stdout).toContain('2025-01-01');
	});

	it.runIf(onTerminal())('runs on the host\'s clock on a terminal: date is today', async () => {
		const before = Math.floor(Date.now() / 1000);
		const r = await shell(['date +%s\n', 'exit\n'], false, true);
		const seconds = Number(/^(\d{10})\r?$/m.exec(r.stdout)?.[1]);
		expect(seconds).toBeGreaterThanOrEqual(before - 1);
		expect(seconds).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 1);
		expect(r.status).toBe(0);
	});
});
