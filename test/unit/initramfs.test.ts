import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Initramfs } from '../../emulator/boot/initramfs.ts';

describe('Initramfs', () => {
	const archive = new Initramfs()
		.file('/bin/busybox', 'ELF...', 0o755)
		.symlink('/bin/sh', 'busybox')
		.charDevice('/dev/console', 5, 1)
		.directory('/proc')
		.file('init', '#!/bin/sh\necho hi\n', 0o755)
		.toBuffer();

	it('is byte-for-byte the same every time', () => {
		const again = new Initramfs().file('/bin/busybox', 'ELF...', 0o755).symlink('/bin/sh', 'busybox')
			.charDevice('/dev/console', 5, 1).directory('/proc').file('init', '#!/bin/sh\necho hi\n', 0o755).toBuffer();
		expect(again.equals(archive)).toBe(true);
	});

	it('is a newc archive that GNU cpio extracts, parents created first', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kobox-cpio-'));
		try {
			writeFileSync(join(dir, 'a.cpio'), archive);
			const listing = execFileSync('cpio', ['-t', '--quiet', '-F', join(dir, 'a.cpio')], { encoding: 'utf8' });
			expect(listing.trim().split('\n')).toEqual(['bin', 'bin/busybox', 'bin/sh', 'dev', 'dev/console', 'init', 'proc']);
			execFileSync('cpio', ['-i', '--quiet', '-d', '--no-absolute-filenames', '-F', join(dir, 'a.cpio')], { cwd: dir });
			expect(readFileSync(join(dir, 'init'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
			expect(statSync(join(dir, 'init')).mode & 0o777).toBe(0o755);
			expect(readlinkSync(join(dir, 'bin/sh'))).toBe('busybox');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses paths that climb out of the root', () => {
		expect(() => new Initramfs().file('../etc/passwd', '')).toThrow(/bad path/);
	});
});
