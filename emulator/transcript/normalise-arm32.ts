// What legitimately differs in 32-bit ARM's reports (arch/arm/kernel/traps.c and process.c print
// them), beyond what normalise.ts hides for both architectures. A 32-bit kernel's addresses are
// 8 hex digits, so they are hidden only where these reports print them, never anywhere else:
// - a stack dump's frames (" f from g+0x10/0x20"), dropped as arm64's are;
// - the raw stack words under "Stack: (A to B)" and "Exception stack(A to B)" (kernel stack
//   addresses, pointers, user registers that ASLR moves, "????????" where a word could not be
//   read), dropped, and A and B;
// - where the stacks lie in a stack overflow's report ("Task stack:     [0xe0990000..0xe0992000]");
// - the values of the register dump ("r0 : c1d5de80", "pc : [<bf00001c>] ... psr: 60010013") and
//   the condition flags the "Flags:" line spells out (the mode and the rest of it stay);
// - the physical addresses of the page tables ("Control: 10c5387d  Table: 41c8806a  DAC: ...") and
//   of the entries of a paging oops's walk ("[bf005024] *pgd=41d6b811, *pte=00000000, ...": which
//   levels it shows stays);
// - what "Register r0 information:" lines say a register points to (the registers' values are the
//   compiled code's choice: ours is not Debian's build), and "LR is at" after a PC in no function;
// - where in a kernel function (not a module's) "PC is at" and "LR is at" point, and then the
//   kernel's code bytes "Code:" shows;
// - the PID and hashed stack limit of "Process sh (pid: 80, stack limit = 0xcb07714a)", and which
//   kworker of a pool it names ("Process kworker/0:<id>"), as normalise.ts does on "Comm:" lines.

const TS = String.raw` {2}(?:<\d+>)?\[ {4}T\.TTTTTT\] `;
const OFFSET = String.raw`\+0x[0-9a-f]+\/0x[0-9a-f]+`;

// " f [mod] from g+0x10/0x20 [mod]"; an address without a symbol is printed as "0x0".
const FRAME_END = String.raw`(?:[\w.$]+(?: \[\w+\])?|0x[0-9a-f]+)`;
export const ARM_FRAME = new RegExp(`^${TS} ${FRAME_END} from (?:[\\w.$]+${OFFSET}(?: \\[\\w+\\])?|0x[0-9a-f]+)$`);
// "Stack: (0xe0985ec0 to 0xe0986000)", "Exception stack(0xe0985fa8 to 0xe0985ff0)", and the
// "5fa0:                   000001d4 005b0a88 ..." lines under them (a blank word is 9 spaces).
// Also as a golden holds it, normalised already (words a "????????" kept from being dropped).
const STACK = new RegExp(`^(${TS}(?:Stack: |Exception stack)\\()(?:0x[0-9a-f]{8}|<address>) to (?:0x[0-9a-f]{8}|<address>)\\)$`);
const STACK_WORDS = new RegExp(`^${TS}[0-9a-f]{4}:(?: {9}| [0-9a-f]{8}| \\?{8})+$`);
// handle_bad_stack()'s "IRQ stack:      [0xe0800000..0xe0802000]".
const STACK_BOUNDS = /(\] (?:Task|IRQ|Overflow) stack: +\[0x)[0-9a-f]{8}(\.\.0x)[0-9a-f]{8}\]$/;
const REGISTERS = new RegExp(`^${TS}(?:(?:r\\d+|sp|ip|fp) ?: [0-9a-f]{8}(?:  |$))+$`);
const REGISTER = /((?:r\d+|sp|ip|fp) ?: )[0-9a-f]{8}/g;
const PC_LR_PSR = /(\] pc : \[<)[0-9a-f]{8}(>\] {4}lr : \[<)[0-9a-f]{8}(>\] {4}psr: )[0-9a-f]{8}$/;
const FLAGS = /(\] Flags: )[nN][zZ][cC][vV](?= {2})/;
const TABLE = /(\] Control: [0-9a-f]{8} {2}Table: )[0-9a-f]{8}(?= {2}DAC: )/;
const WALK = new RegExp(`^${TS}\\[[0-9a-f]{8}\\] \\*pgd=`);
const WALK_ENTRY = /\*(pgd|p4d|pud|pmd|pte|ppte)=[0-9a-f]+\b/g;
const REGISTER_INFO = new RegExp(`^${TS}Register \\w+ information: `);
const REGISTER_INFO_TEXT = /(\] Register \w+ information: ).*$/;
const PROCESS = /(\] Process [\w.\/:-]+ \(pid: )\d+(, stack limit = 0x)[0-9a-f]{8}\)$/;
// "Process kworker/0:2 (pid: ...": which worker of the pool, as normalise.ts hides it on "Comm:" lines.
const PROCESS_KWORKER = /(\] Process kworker\/u?\d+:)\d+(?= \(pid: )/;
// "PC is at param_attr_store+0x68/0xb0": the kernel's own code; a module's ("[bug]") stays.
const KERNEL_PC_IS = new RegExp(`^(${TS}(?:PC|LR) is at [\\w.$]+)${OFFSET}$`);
export const ARM_PC_IS = /\] PC is at /;
// "LR is at f+0x10/0x20": after a PC in no function (freed module text), what the code before left
// in lr, not a return address of this frame: which is the compiled code's choice.
export const ARM_LR_IS = /(\] LR is at ).*$/;

/** The PC line of a report names no function ("PC is at 0xbf005024": freed module text). */
export const armPcInNoFunction = (line: string) => /\] PC is at 0x[0-9a-f]+$/.test(line);

/** The PC line of a report is in the kernel's own code (not a module's). */
export const armPcInKernel = (line: string) => KERNEL_PC_IS.test(line) || line.endsWith('+<offset>');

/** Drop the frames and the raw stack words of 32-bit ARM's stack dumps. */
export function dropArmStackWords(lines: string[]): string[] {
	let inDump = false;
	return lines.filter(l => {
		if (inDump && STACK_WORDS.test(l)) return false;
		inDump = STACK.test(l);
		return !ARM_FRAME.test(l);
	});
}

/** One line of a 32-bit ARM report with its run-dependent values hidden (others pass unchanged). */
export function normaliseArmLine(l: string): string {
	if (REGISTERS.test(l)) return l.replace(REGISTER, '$1<value>');
	if (WALK.test(l)) return l.replace(WALK_ENTRY, '*$1=<value>');
	if (REGISTER_INFO.test(l)) return l.replace(REGISTER_INFO_TEXT, '$1<value>');
	return l.replace(STACK, '$1<address> to <address>)').replace(PC_LR_PSR, '$1address$2address$3<value>')
		.replace(FLAGS, '$1<nzcv>').replace(TABLE, '$1<value>').replace(PROCESS, '$1<pid>$2<address>)')
		.replace(STACK_BOUNDS, '$1<address>$2<address>]')
		.replace(PROCESS_KWORKER, '$1<id>')
		.replace(KERNEL_PC_IS, '$1+<offset>');
}
