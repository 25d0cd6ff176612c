// The 32-bit board's power key end to end: the host drives PL061 line 3 (QEMU's virt's power key),
// the PL061's interrupt reaches the GIC, the guest's chained handler hands it to the line's own
// interrupt (handle_edge_irq, counted in /proc/interrupts) and gpio-keys reads the line after its
// debounce. Skipped, with the reason, until scripts/setup-arm.sh has built the arm guest kernel.
import { beforeEach, describe, expect, it } from 'vitest';
import { Board } from '../../emulator/index.ts';
import { POWER_KEY_LINE } from '../../emulator/board/pl061-gpio.ts';
import { armBoardProblem } from '../helpers/arm-board.ts';

const problem = await armBoardProblem();
const keyCount = 'awk \'/GPIO Key Poweroff/ { print $1, $2, $3, $4, $5, $6, $7, $8 }\' /proc/interrupts';

describe('the 32-bit board\'s power key (PL061 line 3, gpio-keys)', () => {
	beforeEach(ctx => {
		if (problem) ctx.skip(problem);
	});

	it('counts an interrupt for each edge of the key, on the line\'s own interrupt number', async () => {
		const session = await Board.boot({ arch: 'arm' });
		try {
			const gpio = session.board.gpio!;
			expect((await session.run(keyCount)).output).toBe('29: 0 9030000.pl061 3 Edge GPIO Key Poweroff\n');
			gpio.setInput(POWER_KEY_LINE, true);
			expect((await session.run(`sleep 0.01; ${keyCount}`)).output).toBe('29: 1 9030000.pl061 3 Edge GPIO Key Poweroff\n');
			gpio.setInput(POWER_KEY_LINE, false);
			expect((await session.run(`sleep 0.01; ${keyCount}`)).output).toBe('29: 2 9030000.pl061 3 Edge GPIO Key Poweroff\n');
			// The PL061's own interrupt is chained: never listed, its count stays in the line's.
			expect((await session.run('awk \'$3 == "GIC-0" && $4 == 39\' /proc/interrupts')).output).toBe('');
		} finally {
			session.close();
		}
	});
});
