// --trace and --trace-file on the commands that boot a board, as a person uses them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtModulesDir, repoRoot } from '../../emulator/paths.ts';

const kobox = (args: string[], input = '') =>
	spawnSync(join(repoRoot, 'bin/kobox.js'), args, { encoding: 'utf8', timeout: 120_000, input });
const hello = join(builtModulesDir, 'hello/hello.ko');

describe('--trace', () => {
	it('calls=FN,...: a call graph of the functions named, nested as they call each other', () => {
		const r = kobox(['run', '--add', hello, '--trace', 'calls=load_module,do_init_module,do_one_initcall', '--', 'insmod', '/hello.ko']);
		expect(r.status).toBe(0);
		const graph = r.stderr.split('\n').filter(l => l.startsWith(' 0) ')).map(l => l.replace(/^ 0\) .{14}\| {2}/, ''));
		expect(graph).toEqual([
			'load_module() {', '  do_init_module() {', '    do_one_initcall(); /* = 0x0 */',
			'  } /* do_init_module = 0x0 */', '} /* load_module = 0x0 */',
		]);
		expect(r.stderr).toMatch(/^# tracer: function_graph\n#\n# CPU  DURATION {18}FUNCTION CALLS\n/);
	});

	it('module-load: the same trace, byte for byte, from one run to the next', () => {
		const a = kobox(['insmod', '--trace', 'module-load', hello]);
		const b = kobox(['insmod', '--trace', 'module-load', '--no-boot-cache', hello]);
		expect(a.status).toBe(0);
		expect(a.stderr).toContain('load_module = 0x0 */');
		expect(b.stderr).toBe(a.stderr);
	});

	it('refuses what it cannot trace before booting: usage status 64', () => {
		const missing = kobox(['run', '--trace', 'calls=load_module,no_such_function', '--', 'true']);
		expect(missing.status).toBe(64);
		expect(missing.stderr).toBe('kobox: --trace: the kernel has no function no_such_function\n');
		const bad = kobox(['insmod', '--trace', 'everything', hello]);
		expect(bad.status).toBe(64);
		expect(bad.stderr).toContain("option '--trace <what>' argument 'everything' is invalid. expected syscalls, module-load or calls=FN[,FN...]");
		const file = kobox(['run', '--trace-file', '/tmp/kobox-trace-unused', '--', 'true']);
		expect(file.status).toBe(64);
		expect(file.stderr).toBe('kobox: --trace-file: give --trace too\n');
	});

	it('traces kobox shell\'s commands', () => {
		const r = kobox(['shell', '--trace', 'syscalls'], 'echo typed\nexit\n');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('typed');
		expect(r.stderr).toMatch(/^sh\[\d+\] write\(1, "typed\\n", 6\) += 6$/m);
	});

	it('traces each scenario of kobox test after a line naming it, on one board', () => {
		const r = kobox(['test', '-j', '2', '--trace', 'module-load', 'examples/hello.scenario', 'test/golden/init-failures.scenario']);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^PASS hello .*\nPASS init-failures /m);
		const scenarios = r.stderr.split('\n').filter(l => l.startsWith('# scenario '));
		expect(scenarios).toEqual(['# scenario examples/hello.scenario', '# scenario test/golden/init-failures.scenario']);
		expect(r.stderr.split('# scenario test/golden/init-failures.scenario')[1]).toContain('do_one_initcall(); /* = -19 ENODEV */');
	});
});
