// Kernel-mode exceptions, panics and runaway guests: reported as Linux does, and the host survives.
import { describe, expect, it } from 'vitest';
import { boot, cmdline } from '../helpers/boot.ts';
import { testGuest } from '../helpers/build-guests.ts';

const lkdtm = (type: string) => boot({ cmdline: cmdline('lkdtm.cpoint_name=DIRECT', `lkdtm.cpoint_type=${type}`) });

describe('lkdtm crash points', () => {
	it('EXCEPTION: a NULL write gives 6.1\'s oops, panics in init, and the board names the instruction', async () => {
		const r = await lkdtm('EXCEPTION');
		expect(r.reason).toBe('panic');
		expect(r.lines).toContain('Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000');
		expect(r.lines).toContain('  EC = 0x25: DABT (current EL), IL = 32 bits');
		expect(r.lines).toContain('Internal error: Oops: 0000000096000044 [#1] SMP');
		expect(r.lines).toContain('Hardware name: linux,dummy-virt (DT)');
		expect(r.lines).toContain('Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b');
		// the board names the place as the kernel's trace does, size included
		const pc = /^pc : (lkdtm_EXCEPTION\+0x[0-9a-f]+\/0x[0-9a-f]+)$/.exec(r.lines.find(l => l.startsWith('pc : '))!)![1];
		expect(r.faultReport).toContain(`data abort (ESR 0x96000044, FAR 0x0) at ${pc}\n`);
		expect(r.faultReport).toMatch(/: +b900001f +str wzr, \[x0\]$/m);
	});

	it('UNDEFINED: the undefined-instruction oops, and capstone cannot decode it either', async () => {
		const r = await lkdtm('UNDEFINED');
		expect(r.reason).toBe('panic');
		expect(r.lines).toContain('Internal error: Oops - Undefined instruction: 0000000002000000 [#1] SMP');
		expect(r.faultReport).toMatch(/undefined instruction \(ESR 0x2000000\) at lkdtm_UNDEFINED\+0x/);
	});

	it('BUG: the BUG report with file and line', async () => {
		const r = await lkdtm('BUG');
		expect(r.reason).toBe('panic');
		expect(r.lines.some(l => /^kernel BUG at drivers\/misc\/lkdtm\.c:\d+!$/.test(l))).toBe(true);
		expect(r.lines).toContain('Internal error: Oops - BUG: 00000000f2000800 [#1] SMP');
		expect(r.faultReport).toMatch(/BRK \(ESR 0xf2000800\).*\n.*brk #0x800/);
	});

	it('PANIC: panic() reaches the host through pvpanic', async () => {
		const r = await lkdtm('PANIC');
		expect(r.reason).toBe('panic');
		expect(r.lines).toContain('Kernel panic - not syncing: dumptest');
		expect(r.lines).toContain('---[ end Kernel panic - not syncing: dumptest ]---');
		expect(r.faultReport).toBeUndefined();
	});

	it('LOOP: a kernel that never stops runs into the timeout', async () => {
		const r = await boot({ cmdline: cmdline('lkdtm.cpoint_name=DIRECT', 'lkdtm.cpoint_type=LOOP'), timeoutSeconds: 1 });
		expect(r.reason).toBe('timeout');
		expect(r.lines).toContain('lkdtm: Performing direct entry LOOP');
	});
});

describe('a guest that stops making progress', () => {
	it('is reported as stalled when it waits for an interrupt that cannot come', async () => {
		const r = await boot({ kernel: testGuest('wfi') });
		expect(r.reason).toBe('stalled');
	});
});
