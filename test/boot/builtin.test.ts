// --builtin DIR: a directory's C files built into the guest kernel as kbuild's obj-y builds them.
// Modules of modules/ build both ways unchanged and, built in, print what Debian's kernel printed
// for them as modules (their goldens); the CLI reports a build error with the compiler's messages;
// builds are cached by content; a scenario's `# builtin:` boots such a kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtModulesDir, repoRoot } from '../../emulator/paths.ts';
import { buildBuiltin, BuiltinBuildError } from '../../emulator/builtin.ts';
import { Session } from '../../emulator/guest/session.ts';
import { ElfFile } from '../../emulator/boot/elf.ts';

/** A test that builds a kernel: tens of seconds alone, minutes on a loaded machine. */
const BUILDS = 300_000;

const kobox = (...args: string[]) =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 300_000 });

/** The <6> lines a golden's command logged, without level and time. */
function goldenInfo(golden: string, command: string): string[] {
	const block = readFileSync(join(repoRoot, 'test/golden', golden), 'utf8').split('\n$ ').find(b => b.startsWith(command))!;
	return block.split('\n').filter(l => l.startsWith('  <6>')).map(l => l.replace(/^ {2}<6>\[[^\]]*\] /, ''));
}
const logOf = (output: string) => output.split('\n').map(l => l.replace(/^\[[^\]]*\] /, ''));

describe('modules/params built in, unchanged', () => {
	let board: Session;
	beforeAll(async () => {
		board = await Session.boot({
			builtin: join(repoRoot, 'modules/params'),
			cmdline: 'params.p_int=-7 params.p_uint=7 params.p_long=-70 params.p_ulong=70 params.p_short=-700 params.p_ushort=700 ' +
				'params.p_byte=255 params.p_bool=y params.p_invbool=1 params.p_charp=text params.p_hexint=0x10 params.p_array=3,4 params.p_string=short',
		});
	});
	afterAll(() => board?.close());

	it('takes every kind of parameter from the kernel command line and prints what insmod\'s gave on Debian\'s kernel', async () => {
		const insmod = 'insmod /params.ko p_int=-7';
		const expected = goldenInfo('params.golden', insmod);
		expect(expected).toHaveLength(3);
		const log = logOf((await board.run('dmesg')).output);
		const at = log.indexOf(expected[0]);
		expect(at).toBeGreaterThan(0);
		expect(log.slice(at, at + 3)).toEqual(expected);
	});

	it('has them in /sys/module/params/parameters, with their modes (0400: root may read)', async () => {
		const r = await board.run('cat /sys/module/params/parameters/p_int /sys/module/params/parameters/p_array /sys/module/params/parameters/p_charp');
		expect(r.output).toBe('-7\n3,4\ntext\n');
		expect((await board.run('stat -c "%a %n" /sys/module/params/parameters/secret')).output).toBe('400 /sys/module/params/parameters/secret\n');
	});
});

describe('modules/hello built in, unchanged', () => {
	it('exports hello_add with the CRC modpost gave the module build, so hello_user.ko links against it', async () => {
		const built = await buildBuiltin(join(repoRoot, 'modules/hello'));
		const symvers = readFileSync(join(builtModulesDir, 'hello/Module.symvers'), 'utf8');
		const crc = /^(0x[0-9a-f]{8})\thello_add\t/m.exec(symvers)![1];
		expect(readFileSync(join(built.out, 'hello/hello.crcs'), 'utf8')).toBe(`__crc_hello_add = ${crc};\n`);
		const names = new ElfFile(readFileSync(built.kernel)).symbols().map(s => s.name);
		expect(names).toContain('__ksymtab_hello_add');
		expect(names).not.toContain('hello_exit');

		const board = await Session.boot({ kernel: built.kernel, cmdline: 'hello.myint=5 hello.mystr=kobox' });
		try {
			expect(logOf((await board.run('dmesg')).output)).toContain(goldenInfo('hello.golden', 'insmod /hello.ko myint=5')[0]);
			await board.add([join(builtModulesDir, 'hello_user/hello_user.ko')]);
			const r = await board.run('insmod /hello_user.ko');
			expect(r.status).toBe(0);
			expect(r.dmesg.at(-1)).toMatch(/hello_add\(2, 3\) = 10$/);
			expect((await board.run('cat /sys/module/hello/version')).output).toBe('1.0\n');
		} finally {
			board.close();
		}
	}, BUILDS);
});

describe('kobox run --builtin', () => {
	let dir: string;
	beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kobox-builtin-')); });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reports a build error with the compiler\'s messages and the file, and make\'s status, without a stack trace', () => {
		const src = join(dir, 'broken');
		cpSync(join(repoRoot, 'examples/driver'), src, { recursive: true });
		writeFileSync(join(src, 'mydriver.c'), readFileSync(join(src, 'mydriver.c'), 'utf8').replace('int i;', 'int i'));
		const r = kobox('run', '--builtin', src, '--', 'true');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(new RegExp(`${src}/mydriver\\.c:\\d+:\\d+: error: `));
		expect(r.stderr).toMatch(/\nkobox: --builtin .*broken: the build failed \(make exited with 2\)\n$/);
		expect(r.stderr).not.toMatch(/^\s+at /m);
		expect(r.stdout).toBe('');
	}, BUILDS);

	it('builds once for each content of the directory: the same files again build nothing', () => {
		const src = join(dir, 'cached');
		cpSync(join(repoRoot, 'examples/driver'), src, { recursive: true });
		const first = kobox('run', '--builtin', src, '--', 'cat', '/sys/module/mydriver/parameters/whom');
		expect(first.stderr).toContain('  CC      cached/mydriver.o\n');
		expect(first.stdout).toMatch(/^world\r\n/);
		const again = kobox('run', '--builtin', src, '--', 'cat', '/sys/module/mydriver/parameters/whom');
		expect(again.stderr).toBe('');
		expect(again.stdout).toMatch(/^world\r\n/);
		writeFileSync(join(src, 'mydriver.c'), readFileSync(join(src, 'mydriver.c'), 'utf8').replace('"world"', '"again"'));
		const changed = kobox('run', '--builtin', src, '--', 'cat', '/sys/module/mydriver/parameters/whom');
		expect(changed.stderr).toContain('  CC      cached/mydriver.o\n');
		expect(changed.stdout).toMatch(/^again\r\n/);
	}, BUILDS);

	it('refuses a directory that is not there, and --kernel with --builtin, with the usage status', () => {
		const missing = kobox('boot', '--builtin', join(dir, 'nosuch'));
		expect(missing.stderr).toBe(`kobox: --builtin: ${join(dir, 'nosuch')}: not a directory\n`);
		expect(missing.status).toBe(64);
		const both = kobox('run', '--builtin', join(repoRoot, 'examples/driver'), '--kernel', join(repoRoot, 'package.json'), '--', 'true');
		expect(both.stderr).toBe('kobox: give either --kernel or --builtin, not both\n');
		expect(both.status).toBe(64);
	}, BUILDS);

	it('boot --builtin shows the driver\'s init at boot; its parameters come from --cmdline', () => {
		const r = kobox('boot', '--builtin', join(repoRoot, 'examples/driver'), '--cmdline', 'console=ttyAMA0 mydriver.whom=boot');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/\] mydriver: hello, boot \(1 of 1\)\r\n/);
	}, BUILDS);
});

describe('a scenario\'s # builtin: directive', () => {
	let dir: string;
	beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kobox-builtin-scenario-')); });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('runs the scenario on a kernel with the directory built in (kobox test)', () => {
		cpSync(join(repoRoot, 'examples/driver'), join(dir, 'driver'), { recursive: true });
		writeFileSync(join(dir, 'builtin.scenario'), '# builtin: driver\n# cmdline: mydriver.count=3\ncat /sys/module/mydriver/parameters/count\n');
		writeFileSync(join(dir, 'builtin.golden'), '$ cat /sys/module/mydriver/parameters/count\n  3\nexit: 0\ntaint: 0\n');
		const r = kobox('test', dir);
		expect(r.stdout).toMatch(/^PASS builtin /);
		expect(r.status).toBe(0);
	}, BUILDS);

	it('cannot be captured: Debian\'s kernel has no such code', () => {
		writeFileSync(join(dir, 'builtin.scenario'), '# builtin: .\ntrue\n');
		const r = spawnSync(join(repoRoot, 'bin/kobox.js'), ['capture', 'builtin.scenario'], { encoding: 'utf8', cwd: dir });
		expect(r.stderr).toBe(`kobox: builtin.scenario: # builtin: Debian's kernel cannot have code built into it; capture the module side instead\n`);
		expect(r.status).toBe(64);
	}, BUILDS);

	it('names a directory that exists', () => {
		writeFileSync(join(dir, 'missing.scenario'), '# builtin: nosuch\ntrue\n');
		const r = kobox('test', join(dir, 'missing.scenario'));
		expect(r.stderr).toContain('# builtin: nosuch: no such directory next to the scenario');
		expect(r.status).toBe(64);
	}, BUILDS);
});

it('BuiltinBuildError carries the compiler\'s messages', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kobox-builtin-api-'));
	try {
		writeFileSync(join(dir, 'bad.c'), 'int f(void) { return undeclared; }\n');
		const e = await buildBuiltin(dir).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(BuiltinBuildError);
		expect((e as BuiltinBuildError).message).toMatch(/\/bad\.c:1:\d+: error: .undeclared. undeclared/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}, BUILDS);
