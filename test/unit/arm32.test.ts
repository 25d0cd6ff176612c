// 32-bit ARM's reference side, without QEMU: scenarios that say `# arch: arm`, the armhf helper and
// modules as setup-arm.sh builds them
// (ELFCLASS32, EM_ARM, armmp's vermagic), and the armhf goldens in test/golden-arm/.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtModulesDir, distModulesDir, modulesBuildDir, pinFile, pinnedKernel, repoRoot } from '../../emulator/paths.ts';
import { readScenario, readScenarioHead } from '../../emulator/transcript/scenario-file.ts';
import { helperPathFor } from '../../emulator/guest/transcript-helper.ts';
import { normalise } from '../../emulator/transcript/normalise.ts';
import { goldenBody } from '../../emulator/transcript/compare.ts';

const ELFCLASS32 = 1, ELFCLASS64 = 2, ELFDATA2LSB = 1, ET_REL = 1, ET_EXEC = 2, EM_ARM = 40, EM_AARCH64 = 183;
/** EF_ARM_EABI_VER5 and EF_ARM_ABI_FLOAT_HARD: Debian armhf's ABI. */
const EABI5 = 0x05000000, HARD_FLOAT = 0x400;

function elfHeader(file: string) {
	const d = readFileSync(file);
	expect(d.readUInt32BE(0), file).toBe(0x7f454c46);
	return { cls: d[4], data: d[5], type: d.readUInt16LE(16), machine: d.readUInt16LE(18), flags: d[4] === ELFCLASS32 ? d.readUInt32LE(36) : 0 };
}

function scenarioIn(text: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'kobox-arm-')), 'a.scenario');
	writeFileSync(file, text);
	return file;
}

describe('a scenario\'s architecture', () => {
	it('is arm64 unless it says `# arch: arm`, and nothing else', () => {
		expect(readScenario(scenarioIn('true\n')).arch).toBe('arm64');
		expect(readScenario(scenarioIn('# arch: arm64\ntrue\n')).arch).toBe('arm64');
		const arm = readScenario(scenarioIn('# arch: arm\nuname -m\n'));
		expect(arm).toMatchObject({ arch: 'arm', commands: ['uname -m'], add: [] });
		expect(() => readScenario(scenarioIn('# arch: x86\ntrue\n'))).toThrow(/# arch: x86: expected arm64 or arm$/);
	});

	it('picks the architecture\'s builds for its files; `arm64/FILE` takes one from arm64\'s', () => {
		const s = readScenario(scenarioIn('# arch: arm\n# add: hello.ko derived/truncated.ko arm64/hello.ko\ntrue\n'));
		expect(s.add).toEqual([
			{ host: join(modulesBuildDir('arm'), 'hello/hello.ko'), guest: '/hello.ko' },
			{ host: join(modulesBuildDir('arm'), 'derived/truncated.ko'), guest: '/truncated.ko' },
			{ host: join(builtModulesDir, 'hello/hello.ko'), guest: '/hello.ko' },
		]);
		expect(readScenario(scenarioIn('# add: arm/hello.ko\ntrue\n')).add?.[0]?.host).toBe(join(modulesBuildDir('arm'), 'hello/hello.ko'));
		expect(() => readScenario(scenarioIn('# arch: arm\n# add: nowhere.ko\ntrue\n')))
			.toThrow("# add: nowhere.ko: not found next to the scenario nor among kobox's armhf builds (scripts/setup-arm.sh)");
		expect(() => readScenario(scenarioIn('# arch: arm\n# add: dist/nowhere.ko\ntrue\n'))).toThrow(`(${distModulesDir('arm')})`);
		expect(distModulesDir('arm')).toContain(`/armhf/linux-image/lib/modules/${pinnedKernel(pinFile, 'arm').release}/kernel`);
	});

	it('is read without looking for its files, as kobox test does to see the architectures first', () => {
		const file = scenarioIn('# arch: arm\n# add: nowhere.ko\ntrue\n');
		expect(readScenarioHead(file)).toEqual({ name: 'a', path: file, golden: file.replace(/scenario$/, 'golden'), arch: 'arm' });
	});
});

describe('armhf builds (scripts/setup-arm.sh)', () => {
	it('the transcript helper is a static 32-bit ARM EABI5 hard-float program; arm64\'s stays AArch64', () => {
		expect(elfHeader(helperPathFor('arm'))).toEqual({ cls: ELFCLASS32, data: ELFDATA2LSB, type: ET_EXEC, machine: EM_ARM, flags: EABI5 | HARD_FLOAT });
		expect(elfHeader(helperPathFor('arm64'))).toMatchObject({ cls: ELFCLASS64, type: ET_EXEC, machine: EM_AARCH64 });
	});

	it('the modules are 32-bit ARM relocatable objects for the armmp kernel, apart from arm64\'s', () => {
		const dir = modulesBuildDir('arm');
		const kos = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ko') && !f.startsWith('derived/'));
		expect(kos.length).toBeGreaterThan(45);
		for (const name of ['hello/hello.ko', 'params/params.ko', 'warn/warn.ko', 'bug/bug.ko', 'license/license_proprietary.ko'])
			expect(kos).toContain(name);
		// EABI5 without the hard-float flag, as Debian's own armmp modules (the kernel uses no FP registers).
		for (const ko of kos)
			expect(elfHeader(join(dir, ko)), ko).toEqual({ cls: ELFCLASS32, data: ELFDATA2LSB, type: ET_REL, machine: EM_ARM, flags: EABI5 });
		const hello = readFileSync(join(dir, 'hello/hello.ko'), 'latin1');
		expect(hello).toContain(`\0vermagic=${pinnedKernel(pinFile, 'arm').release} SMP mod_unload modversions ARMv7 p2v8 \0`);
		expect(elfHeader(join(builtModulesDir, 'hello/hello.ko'))).toMatchObject({ cls: ELFCLASS64, machine: EM_AARCH64 });
	});

	it('the derived broken copies are each one change to hello.ko', () => {
		const derived = (name: string) => readFileSync(join(modulesBuildDir('arm'), 'derived', name));
		const hello = readFileSync(join(modulesBuildDir('arm'), 'hello/hello.ko'));
		expect(derived('truncated.ko')).toEqual(hello.subarray(0, hello.length >> 1));
		const abi = pinnedKernel().abi.replace(/-(\d+)$/, (_, n: string) => `-${Number(n) - 1}`);
		expect(derived('vermagic_release.ko').toString('latin1')).toContain(`\0vermagic=${abi}-armmp SMP mod_unload modversions ARMv7 p2v8 \0`);
		expect(derived('vermagic_arch.ko').toString('latin1')).toContain('modversions p2v8 \0');
		expect(derived('vermagic_arch.ko').length).toBe(hello.length);
	});
});

describe('the armhf goldens (test/golden-arm/)', () => {
	const dir = join(repoRoot, 'test/golden-arm');
	const names = readdirSync(dir).filter(f => f.endsWith('.scenario')).map(f => f.slice(0, -'.scenario'.length));
	const k = pinnedKernel(pinFile, 'arm');

	it('are 32-bit ARM scenarios, each with a normalised golden from Debian\'s armmp kernel under qemu-system-arm', () => {
		expect(names.length).toBeGreaterThanOrEqual(8);
		for (const name of names) {
			expect(readScenarioHead(join(dir, `${name}.scenario`)).arch, name).toBe('arm');
			const golden = readFileSync(join(dir, `${name}.golden`), 'utf8');
			expect(golden.split('\n')[0], name).toBe(`# Captured from Debian's linux-image-${k.release} ${k.version} (vmlinuz-${k.release}) under qemu-system-arm -M virt by: kobox capture test/golden-arm/${name}.scenario`);
			expect(normalise(goldenBody(golden)), name).toBe(goldenBody(golden));
		}
	});

	it('came from a 32-bit ARM kernel and userspace', () => {
		const busybox = readFileSync(join(dir, 'busybox.golden'), 'utf8');
		expect(busybox).toContain(`$ uname -srm\n  Linux ${k.release} armv7l\n`);
		expect(busybox).toContain('  [sigpage]\n');
		expect(readFileSync(join(dir, 'wrong-arch.golden'), 'utf8')).toContain('] Invalid architecture in ELF header: 183\n');
	});
});
