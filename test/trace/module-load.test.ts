// `--trace module-load`: the call graph of Linux 6.1's load_module stages as kobox's kernel has
// them, in ftrace's function_graph format, for loads that succeed and loads that fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { MODULE_LOAD } from '../../emulator/trace/presets.ts';
import { builtModulesDir, modulesBuildDir } from '../../emulator/paths.ts';
import { Session } from '../../emulator/guest/session.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const built = (path: string) => join(builtModulesDir, path);
const MODULES = ['hello/hello.ko', 'derived/bad_magic.ko', 'derived/bad_layout_crc.ko', 'derived/bad_crc.ko', 'init_nodev/init_nodev.ko'].map(built);

let session: Session;
let trace = '';
let loaded: ReturnType<Session['snapshot']>;

beforeAll(async () => {
	session = await Session.boot({ add: MODULES, trace: { calls: MODULE_LOAD, write: t => { trace += t; } } });
	loaded = session.snapshot();
});
afterAll(() => session.close());

/** The graph of one command, each line as `depth name {`, `depth name = value` (a leaf or a return), or `depth name` (void). */
async function graphOf(command: string): Promise<string[]> {
	session.restore(loaded);
	trace = '';
	await session.run(command);
	return graphLines(trace);
}

function graphLines(trace: string): string[] {
	return trace.split('\n').filter(l => l.startsWith(' 0) ')).map(l => {
		const m = /^ 0\) (.{14})\| {2}( *)(.*)$/.exec(l);
		if (!m) throw new Error(`not a function_graph line: ${l}`);
		const [, time, indent, text] = m;
		const depth = indent.length / 2;
		// A leaf or a return has a duration, an entry with children none.
		expect(/^[ +!#*@$] +\d+\.\d+ us +$/.test(time)).toBe(!text.endsWith('{'));
		const call = /^([\w.]+)\(\) \{$/.exec(text) ?? /^([\w.]+)\(\);(?: \/\* = (.*) \*\/)?$/.exec(text) ?? /^\} \/\* ([\w.]+)(?: = (.*))? \*\/$/.exec(text);
		if (!call) throw new Error(`not a call, a leaf or a return: ${text}`);
		const name = call[1].replace(/\.(isra|constprop)\.\d+$/, '');
		return text.endsWith('{') ? `${depth} ${name} {` : call[2] === undefined ? `${depth} ${name}` : `${depth} ${name} = ${call[2]}`;
	});
}

/** load_module's stages up to simplify_symbols when they all succeed. */
const STAGES_OK = [
	'2 module_sig_check = 0x0', '2 elf_validity_check = 0x0', '2 setup_load_info = 0x0', '2 rewrite_section_headers = 0x0',
	'2 check_modstruct_version = 0x1', '2 layout_and_allocate {', '3 check_modinfo = 0x0', '2 layout_and_allocate = 0x0',
	'2 add_unformed_module = 0x0', '2 percpu_modalloc = 0x0', '2 find_module_sections = 0x0',
	'2 check_module_license_and_versions = 0x0', '2 setup_modinfo', '2 simplify_symbols = 0x0',
	'2 post_relocation = 0x0', '2 complete_formation = 0x0', '2 prepare_coming_module = 0x0', '2 parse_args = 0x0',
	'2 mod_sysfs_setup = 0x0', '2 do_init_module {',
];

describe('the module-load trace', () => {
	it('follows a load through every stage, its init call, and the returns', async () => {
		expect(await graphOf('insmod /hello.ko myint=5')).toEqual([
			'0 __arm64_sys_finit_module {', '1 load_module {', ...STAGES_OK,
			'3 do_one_initcall = 0x0', '2 do_init_module = 0x0', '1 load_module = 0x0', '0 __arm64_sys_finit_module = 0x0',
		]);
	});

	it('stops where a bad ELF header is found, with its errno, for finit_module and then init_module', async () => {
		const failed = (call: string) => [
			`0 ${call} {`, '1 load_module {', '2 module_sig_check = 0x0', '2 elf_validity_check = -8 ENOEXEC',
			'1 load_module = -8 ENOEXEC', `0 ${call} = -8 ENOEXEC`,
		];
		expect(await graphOf('insmod /bad_magic.ko')).toEqual([...failed('__arm64_sys_finit_module'), ...failed('__arm64_sys_init_module')]);
	});

	/** The first of busybox's two attempts (finit_module, then init_module). */
	const firstLoad = (graph: string[]) => graph.slice(0, graph.findIndex(l => l.startsWith('0 __arm64_sys_finit_module =')) + 1);

	it('shows a check that fails without an errno of its own: check_modstruct_version false, load_module -ENOEXEC', async () => {
		expect(firstLoad(await graphOf('insmod /bad_layout_crc.ko'))).toEqual([
			'0 __arm64_sys_finit_module {', '1 load_module {', ...STAGES_OK.slice(0, 4),
			'2 check_modstruct_version = 0x0', '1 load_module = -8 ENOEXEC', '0 __arm64_sys_finit_module = -8 ENOEXEC',
		]);
	});

	it('shows a symbol whose version disagrees failing simplify_symbols', async () => {
		expect(firstLoad(await graphOf('insmod /bad_crc.ko'))).toEqual([
			'0 __arm64_sys_finit_module {', '1 load_module {', ...STAGES_OK.slice(0, 13),
			'2 simplify_symbols = -22 EINVAL', '1 load_module = -22 EINVAL', '0 __arm64_sys_finit_module = -22 EINVAL',
		]);
	});

	it('shows the module\'s init failing, and the error coming back up', async () => {
		expect(firstLoad(await graphOf('insmod /init_nodev.ko'))).toEqual([
			'0 __arm64_sys_finit_module {', '1 load_module {', ...STAGES_OK,
			'3 do_one_initcall = -19 ENODEV', '2 do_init_module = -19 ENODEV', '1 load_module = -19 ENODEV',
			'0 __arm64_sys_finit_module = -19 ENODEV',
		]);
	});

	it('is byte for byte the same, durations included, run after run', async () => {
		await graphOf('insmod /hello.ko');
		const first = trace;
		await graphOf('insmod /hello.ko');
		expect(trace).toBe(first);
		expect(first).toMatch(/^ 0\) ! +\d+\.\d{3} us +\| {2}\} \/\* __arm64_sys_finit_module = 0x0 \*\/$/m);
	});
});

describe('the module-load trace on 32-bit ARM', () => {
	let arm: Session | undefined;
	let armTrace = '';
	let armLoaded: ReturnType<Session['snapshot']>;
	const armModules = ['hello/hello.ko', 'init_nodev/init_nodev.ko'].map(m => join(modulesBuildDir('arm'), m));

	beforeAll(async () => {
		if (await armBoardProblem()) return;
		arm = await Session.boot({ arch: 'arm', add: armModules, trace: { calls: MODULE_LOAD, write: t => { armTrace += t; } } });
		armLoaded = arm.snapshot();
	});
	afterAll(() => arm?.close());

	async function armGraph(command: string, skip: (reason: string) => void): Promise<string[]> {
		const problem = await armBoardProblem();
		if (problem || !arm) skip(problem ?? 'no arm board');
		arm!.restore(armLoaded);
		armTrace = '';
		await arm!.run(command);
		return graphLines(armTrace);
	}

	it('follows the same stages from ARM\'s sys_finit_module, through the module\'s init', async ctx => {
		expect(await armGraph('insmod /hello.ko myint=5', r => ctx.skip(r))).toEqual([
			'0 sys_finit_module {', '1 load_module {', ...STAGES_OK,
			'3 do_one_initcall = 0x0', '2 do_init_module = 0x0', '1 load_module = 0x0', '0 sys_finit_module = 0x0',
		]);
	});

	it('shows the module\'s init failing with its errno, in 32-bit registers', async ctx => {
		const graph = await armGraph('insmod /init_nodev.ko', r => ctx.skip(r));
		expect(graph.slice(0, graph.findIndex(l => l.startsWith('0 sys_finit_module =')) + 1)).toEqual([
			'0 sys_finit_module {', '1 load_module {', ...STAGES_OK,
			'3 do_one_initcall = -19 ENODEV', '2 do_init_module = -19 ENODEV', '1 load_module = -19 ENODEV',
			'0 sys_finit_module = -19 ENODEV',
		]);
	});
});
