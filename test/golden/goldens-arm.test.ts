// The 32-bit ARM board against transcripts captured from Debian's real armmp kernel
// (test/golden-arm/), as goldens.test.ts does for arm64. Skipped, with the reason, until
// scripts/setup-arm.sh has built the arm guest kernel and it gets to userspace (test/helpers/arm-board.ts).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioRunner } from '../../emulator/transcript/suite.ts';
import { compareTranscript } from '../../emulator/transcript/compare.ts';
import { readGolden, readScenario } from '../../emulator/transcript/scenario-file.ts';
import { repoRoot } from '../../emulator/paths.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const dir = join(repoRoot, 'test/golden-arm');
const names = readdirSync(dir).filter(f => f.endsWith('.scenario')).map(f => f.slice(0, -'.scenario'.length)).sort();
const problem = await armBoardProblem();

/**
 * Goldens the arm guest kernel does not match yet, and what it lacks: each runs as a test that must
 * still fail, so one that starts to pass says to take it off this list.
 */
const AWAITING_KERNEL: Record<string, string> = {
	busybox: '/proc/self/maps: the sigpage above the stack, [vvar], [vdso] and the [vectors] gate page',
	oops: 'Linux/arm\'s oops: SCTLR/DAC values, "Register rN information", Stack: and Exception stack dumps, the machine name',
	bug: 'the oops report (branch armmaps): SCTLR/DAC values, "Register rN information", Stack: dump, "note: ... exited with irqs disabled"',
	'list-debug': 'the oops report of a BUG in the kernel (branch armmaps): SCTLR/DAC values, "Register rN information", Stack: dump, Code: of kernel text',
	'list-debug-del': 'the oops report of a BUG in the kernel (branch armmaps): SCTLR/DAC values, "Register rN information", Stack: dump, Code: of kernel text',
	usercopy: 'the oops report of usercopy\'s BUG (branch armmaps): SCTLR/DAC values, "Register rN information", Stack: dump, Code: of kernel text',
	lockup: 'the soft lockup\'s register dump (branch armmaps): "Control: 10c5387d ... DAC: 00000051", the SCTLR and domain values',
	'lockup-thresh': 'the soft lockup\'s register dump (branch armmaps): "Control: 10c5387d ... DAC: 00000051", the SCTLR and domain values',
	'kthread-leak': 'an oops at a freed module\'s text from a kernel thread: the board\'s die path faults again while dumping and the machine stops (arch/arm/kernel/traps.c, branch armmaps)',
	'work-leak': 'an oops at a freed module\'s text from a kworker: the board\'s die path faults again while dumping and the machine stops (arch/arm/kernel/traps.c, branch armmaps)',
	'wq-leak': 'an oops at a freed module\'s text from a kworker: the board\'s die path faults again while dumping and the machine stops (arch/arm/kernel/traps.c, branch armmaps)',
	'stack-overflow': 'Linux/arm\'s VMAP_STACK overflow check at exception entry (the overflow stack, "Insufficient stack space to handle exception!"): the board faults in vector_dabt on the guard page and stops',
	interrupts: 'the timer\'s interrupts: QEMU\'s virt lists four timer PPIs (secure and non-secure physical, virtual, hypervisor), so armmp maps 16 numbers (16-31: 8 IPIs, 4 timer PPIs, the UART, the PL061, the RTC, gpio-keys) and nr_irqs grows to 32 (intr has 34 fields); the board lists the two physical ones (its virtual counter would read the host\'s clock, and HSTR.T14 gives no trap for it), so the same nr_irqs rule gives 30 (32 fields)',
	'wq-drain': 'the WARN fires while the kworker running do_free_init is current (Linux frees a module\'s init memory after an RCU grace period, from a work item, and shows "Workqueue: events do_free_init" and an Exception stack); the board frees it at once, so swapper/0 is current',
};

const runner = new ScenarioRunner({ timeoutSeconds: 60 });
afterAll(() => runner.close());

describe('armhf golden transcripts from Debian\'s armmp kernel', () => {
	beforeEach(ctx => {
		if (problem) ctx.skip(problem);
	});

	for (const name of names) {
		const awaiting = AWAITING_KERNEL[name];
		(awaiting ? it.fails : it)(awaiting ? `${name} (awaits the kernel: ${awaiting})` : name, async () => {
			const want = readGolden(join(dir, `${name}.golden`));
			expect(want, `no golden for ${name}: run npm run kobox -- capture test/golden-arm/${name}.scenario`).toBeDefined();
			const s = readScenario(join(dir, `${name}.scenario`));
			expect(s.arch).toBe('arm');
			const c = compareTranscript(want!, await runner.run(s), { orderedSubset: s.compare === 'ordered-subset' });
			expect(c.diff, `\n${c.diff}`).toBe('');
		}, 300_000);
	}
});
