// `kobox shell` reads what is typed and powers the board off when the shell exits.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../emulator/paths.ts';

function shell(input: string[], quit = false): Promise<{ status: number | null; stdout: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(join(repoRoot, 'bin/kobox.js'), ['shell', '--timeout', '60', '--cmdline', 'console=ttyAMA0 quiet']);
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
});
