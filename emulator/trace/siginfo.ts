// A delivered signal as strace shows it: `--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} ---`,
// from the siginfo_t the kernel puts at the start of the handler's signal frame (Linux's user ABI:
// asm-generic/siginfo.h).
import { hex } from './strace-format.ts';
import { signalName } from './syscall-constants.ts';

const SI_CODES: Record<number, string> = {
	0: 'SI_USER', 0x80: 'SI_KERNEL', [-1]: 'SI_QUEUE', [-2]: 'SI_TIMER', [-3]: 'SI_MESGQ', [-4]: 'SI_ASYNCIO',
	[-5]: 'SI_SIGIO', [-6]: 'SI_TKILL',
};
/** The codes a signal's own cause gives (si_code > 0), by signal. */
const CAUSES: Record<number, string[]> = {
	4: ['ILL_ILLOPC', 'ILL_ILLOPN', 'ILL_ILLADR', 'ILL_ILLTRP', 'ILL_PRVOPC', 'ILL_PRVREG', 'ILL_COPROC', 'ILL_BADSTK'],
	5: ['TRAP_BRKPT', 'TRAP_TRACE', 'TRAP_BRANCH', 'TRAP_HWBKPT'],
	7: ['BUS_ADRALN', 'BUS_ADRERR', 'BUS_OBJERR', 'BUS_MCEERR_AR', 'BUS_MCEERR_AO'],
	8: ['FPE_INTDIV', 'FPE_INTOVF', 'FPE_FLTDIV', 'FPE_FLTOVF', 'FPE_FLTUND', 'FPE_FLTRES', 'FPE_FLTINV', 'FPE_FLTSUB'],
	11: ['SEGV_MAPERR', 'SEGV_ACCERR', 'SEGV_BNDERR', 'SEGV_PKUERR', 'SEGV_ACCADI', 'SEGV_ADIDERR', 'SEGV_ADIPERR', 'SEGV_MTEAERR', 'SEGV_MTESERR'],
	17: ['CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_TRAPPED', 'CLD_STOPPED', 'CLD_CONTINUED'],
	29: ['POLL_IN', 'POLL_OUT', 'POLL_MSG', 'POLL_ERR', 'POLL_PRI', 'POLL_HUP'],
};
const FAULTS = new Set([4, 5, 7, 8, 11]);
const SIGCHLD = 17;

/**
 * The first bytes of a siginfo_t that strace shows, as `{si_signo=..., ...}`: three ints, then the
 * union, at 16 on a 64-bit process and 12 on a 32-bit one (its clock_t and addresses are words).
 */
export function siginfo(b: Buffer, bits: 32 | 64 = 64): string {
	const signo = b.readInt32LE(0), code = b.readInt32LE(8);
	const u = bits === 64 ? 16 : 12;
	const word = (o: number) => bits === 64 ? b.readBigInt64LE(o) : BigInt(b.readInt32LE(o));
	const codeName = code > 0 && code !== 0x80 ? CAUSES[signo]?.[code - 1] : SI_CODES[code];
	const parts = [`si_signo=${signalName(signo)}`, `si_code=${codeName ?? code}`];
	if (code <= 0 || code === 0x80) {
		if (code !== 0x80) parts.push(`si_pid=${b.readInt32LE(u)}`, `si_uid=${b.readUInt32LE(u + 4)}`);
	} else if (signo === SIGCHLD) {
		const status = b.readInt32LE(u + 8), clock = bits === 64 ? u + 16 : u + 12;
		parts.push(`si_pid=${b.readInt32LE(u)}`, `si_uid=${b.readUInt32LE(u + 4)}`,
			`si_status=${code === 1 ? status : signalName(status)}`, `si_utime=${word(clock)}`, `si_stime=${word(clock + bits / 8)}`);
	} else if (FAULTS.has(signo)) {
		const addr = BigInt.asUintN(bits, word(u));
		parts.push(`si_addr=${addr === 0n ? 'NULL' : hex(addr)}`);
	}
	return `{${parts.join(', ')}}`;
}

/** Bytes of a siginfo_t that siginfo() reads. */
export const SIGINFO_SIZE = 48;
