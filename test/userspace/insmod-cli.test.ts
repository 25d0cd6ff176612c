// `kobox insmod` as a person uses it, held to the transcripts captured from Debian's real kernel:
// the log lines and insmod's message must be those of the same insmod command in a golden.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtModulesDir, repoRoot } from '../../emulator/paths.ts';
import { normalise } from '../../emulator/transcript/normalise.ts';
import { golden } from '../helpers/goldens.ts';

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000 });
const built = (path: string) => join(builtModulesDir, path);

/** The block of golden NAME for COMMAND, without the taint line (kobox insmod does not print it). */
function goldenBlock(name: string, command: string): string {
	const block = golden(name)!.split('\n\n').find(b => b.startsWith(`$ ${command}\n`));
	if (!block) throw new Error(`no '${command}' in golden ${name}`);
	return block.split('\n').filter(l => !l.startsWith('taint: ')).join('\n');
}

/** What kobox insmod --levels printed, in the golden's form. */
function asBlock(command: string, r: ReturnType<typeof kobox>): string {
	const indent = (text: string) => text.split('\n').filter(Boolean).map(l => `  ${l}`);
	const log = indent(r.stdout);
	return normalise([`$ ${command}`, ...indent(r.stderr), `exit: ${r.status}`, ...(log.length ? ['dmesg:', ...log] : [])].join('\n'));
}

describe('kobox insmod', () => {
	it('loads a module with parameters: the real kernel\'s log lines, exit 0', () => {
		const r = kobox('insmod', '--levels', built('hello/hello.ko'), 'myint=5', 'mystr=kobox');
		expect(r.status).toBe(0);
		expect(asBlock('insmod /hello.ko myint=5 mystr=kobox', r)).toBe(goldenBlock('hello', 'insmod /hello.ko myint=5 mystr=kobox'));
	});

	it('exits with insmod\'s status and prints its message when init fails', () => {
		const r = kobox('insmod', '--levels', built('init_nodev/init_nodev.ko'));
		expect(r.status).toBe(19);
		expect(asBlock('insmod /init_nodev.ko', r)).toBe(goldenBlock('init-failures', 'insmod /init_nodev.ko'));
	});

	it('fails as busybox does on an empty file, with no kernel log line', () => {
		const r = kobox('insmod', '--levels', built('derived/empty.ko'));
		expect(r.status).toBe(1);
		expect(asBlock('insmod /empty.ko', r)).toBe(goldenBlock('elf-checks', 'insmod /empty.ko'));
	});

	it('prints the lines as the console does without --levels', () => {
		const r = kobox('insmod', built('hello/hello.ko'));
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^\[ *\d+\.\d{6}\] hello: hello world, myint=1$/m);
		expect(r.stdout).not.toMatch(/^</m);
		expect(r.stderr).toBe('');
	});

	it('refuses a file that does not exist, or a directory, without booting: usage status 64', () => {
		const r = kobox('insmod', '/nonexistent/x.ko');
		expect(r.status).toBe(64);
		expect(r.stderr).toBe('kobox: insmod: /nonexistent/x.ko: no such file\n');
		const dir = kobox('insmod', builtModulesDir);
		expect(dir.status).toBe(64);
		expect(dir.stderr).toBe(`kobox: insmod: ${builtModulesDir}: is a directory, not a file\n`);
	});

	it('exits with the board\'s status and says why when insmod never returned (124 past --timeout)', () => {
		const r = kobox('insmod', '--time', 'host', '--timeout', '2', built('sleepy/sleepy.ko'), 'delay=60000');
		expect(r.stderr).toBe('kobox: guest still running after 2 s (--timeout)\n');
		expect(r.status).toBe(124);
	});
});
