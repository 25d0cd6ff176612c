// What legitimately differs between two kernels or two runs, hidden so the rest can be compared
// exactly: timestamps, kernel addresses (the real kernel has KASLR), PIDs, the frames of a stack
// dump, the values in a register dump (pstate's condition flags too), where in a kernel function
// (not a module's) pc, lr or a warning points and the kernel's code bytes an oops there shows, the physical
// addresses in a paging oops's page-table walk (which levels it shows stays), a panic's KASLR
// offset, the real kernel's boot noise that has nothing to do with what is tested, CRLF, and on
// request the kernel release, a soft lockup's duration, and which kworker of a pool a stack dump
// names; and the same in 32-bit ARM's reports, whose shapes differ (normalise-arm32.ts).
// Nothing else.
import { ARM_LR_IS, ARM_PC_IS, armPcInKernel, armPcInNoFunction, dropArmStackWords, normaliseArmLine } from './normalise-arm32.ts';

export interface NormaliseOptions {
	/** Replace this release string (e.g. 6.1.0-56-arm64) with <release>. */
	release?: string;
}

const FRAME = /^( {2}(?:<\d+>)?\[ {4}T\.TTTTTT\]) {1,2}[\w.$]+\+0x[0-9a-f]+\/0x[0-9a-f]+(?: \[\w+\])?$/;
// "x29: <value> x28: <value> x27: <value>": the general registers of a register dump.
const REGISTERS = /^( {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] )(x\d+ ?: (?:<address>|[0-9a-f]{16}|<value>)(?: |$))+$/;
const REGISTER = /(x\d+ ?: )(?:<address>|[0-9a-f]{16}|<value>)/g;
// "lr : do_one_initcall+0x64/0x26c": the kernel's own code differs; a module's ("[mod]") does not.
const KERNEL_PC = /^( {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] (?:pc|lr) : [\w.$]+)\+0x[0-9a-f]+\/0x[0-9a-f]+$/;
// arm64's "pc : symbol+off/size" (32-bit ARM's "pc : [<address>]" follows its "PC is at", which says where).
const PC = /^ {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] pc : (?!\[)/;
// "WARNING: CPU: 0 PID: <pid> at mm/maccess.c:228 __copy_overflow+0x28/0x40": likewise where in a
// kernel function the warning is (its file and line are Linux's, and compared).
const KERNEL_WARNING = /^( {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] WARNING: CPU: \d+ PID: <pid> at \S+ [\w.$]+)\+0x[0-9a-f]+\/0x[0-9a-f]+$/;
// "pstate: 60000005 (nZCv daif -PAN ...)": NZCV are register values; the mode and the rest stay.
const PSTATE = /(\] pstate: )[0-9a-f]{8} \([nN][zZ][cC][vV] /;
// "swapper pgtable: 4k pages, 48-bit VAs, pgdp=0000000041858000" and the walk under it,
// "[<address>] pgd=100000004256a003, p4d=..., pmd=0000000000000000": physical addresses.
const PGDP = /(pgtable: 4k pages, \d+-bit VAs, pgdp=)[0-9a-f]{16}$/;
const PGTABLE_ENTRY = /\b(pgd|p4d|pud|pmd|pte)=[0-9a-f]{16}\b/g;
// "Code: aa0403e3 ... (d4210000)": the instructions around pc, the kernel's own when pc was in it.
const CODE = /^( {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] Code: )(?:[0-9a-f]{8} |\([0-9a-f]{8}\) )+$/;

// "soft lockup - CPU#0 stuck for 22s! [insmod:92]": how many 2^30 ns units past the last touch the
// watchdog's 4 s timer lands depends on where the watchdog's period falls; the PID, as elsewhere.
const SOFT_LOCKUP = /(soft lockup - CPU#\d+ stuck for )\d+s! \[([\w.\/-]+):\d+\]/g;

// "CPU: 0 PID: 93 Comm: kworker/0:1 Tainted: ...": a pool's kworkers are numbered as they are made,
// and which one runs an item depends on the work the kernel did before (Linux's vmstat and other
// periodic work keep a second worker of the CPU's pool busy); the pool part ("0:", "u2:", "H") stays.
const KWORKER_COMM = /(\] CPU: \d+ PID: <pid> Comm: kworker\/u?\d+:)\d+/;

/**
 * Lines the real kernel prints about its own boot, unrelated to any scenario: Linux reports
 * command-line words it does not know (a module parameter for a module not built in, say) and
 * hands them to init, in a line the board has no reason to print.
 */
export const BOOT_NOISE: RegExp[] = [
	/Unknown kernel command line parameters ".*", will be passed to user space\.$/,
	/\] PHYS_OFFSET: 0x(?:[0-9a-f]+|<address>)$/,	// a panic's, with KASLR only
];

// "Kernel Offset: 0x3bb6a2200000 from 0xffff800008000000" (KASLR) or "Kernel Offset: disabled".
const KERNEL_OFFSET = /(\] Kernel Offset: )(?:0x[0-9a-f]+ from 0x(?:[0-9a-f]+|<address>)|disabled)$/;

export function normalise(text: string, opts: NormaliseOptions = {}): string {
	let t = text.replace(/\r\n/g, '\n')
		.replace(/\[ *\d+\.\d{6}\]/g, '[    T.TTTTTT]')
		.replace(/\b(?:0x)?ffff[0-9a-f]{12}\b/g, m => (m.startsWith('0x') ? '0x' : '') + '<address>')
		.replace(/\bPID: \d+/g, 'PID: <pid>')
		.replace(/\b([\w.-]+)\[\d+\]:/g, '$1[<pid>]:')
		.replace(/\bnote: ([\w.-]+)\[\d+\] exited/g, 'note: $1[<pid>] exited')
		.replace(SOFT_LOCKUP, '$1<seconds>s! [$2:<pid>]')
		.replace(new RegExp(KWORKER_COMM.source, 'g'), '$1<id>');
	if (opts.release) t = t.split(opts.release).join('<release>');
	// Stack dump frames name different functions at different offsets on two kernels: keep the
	// "Call trace:" line, drop the frames.
	let pcInKernel = false, pcInNoFunction = false;
	return dropArmStackWords(t.split('\n')).filter(l => !FRAME.test(l) && !BOOT_NOISE.some(n => n.test(l)))
		.map(l => l.replace(PSTATE, '$1<value> (<nzcv> ').replace(PGDP, '$1<value>').replace(PGTABLE_ENTRY, '$1=<value>')
			.replace(KERNEL_OFFSET, '$1<kaslr>'))
		.map(l => {
			if (PC.test(l)) pcInKernel = KERNEL_PC.test(l) || l.endsWith('+<offset>');
			if (ARM_PC_IS.test(l)) {
				pcInKernel = armPcInKernel(l);
				pcInNoFunction = armPcInNoFunction(l);
			}
			if (pcInNoFunction && ARM_LR_IS.test(l)) return l.replace(ARM_LR_IS, '$1<value>');
			if (CODE.test(l)) return pcInKernel ? l.replace(CODE, '$1<kernel code>') : l;
			if (REGISTERS.test(l)) return l.replace(REGISTER, '$1<value>');
			return normaliseArmLine(l.replace(KERNEL_PC, '$1+<offset>').replace(KERNEL_WARNING, '$1+<offset>'));
		})
		.join('\n');
}
