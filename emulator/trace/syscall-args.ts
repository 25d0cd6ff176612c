// How strace prints each kind of system call argument: plain numbers, strings read from the
// process, flags and constants by name, and the structures busybox passes in and gets back.
import {
	ACCESS_FLAGS, ACCESS_MODES, AT_FDCWD, AT_FLAGS, BAUD_RATES, CLOCKS, DELETE_MODULE_FLAGS, FCNTL_CMDS, FD_FLAGS,
	FILE_TYPES, GETRANDOM_FLAGS, IOCTLS, MAP_FLAGS, MAP_TYPES, MODULE_INIT_FLAGS, MOUNT_FLAGS, MS_MGC_MSK, MS_MGC_VAL,
	O_ACCMODE, OPEN_FLAGS, POLL_EVENTS, PRCTL_OPTIONS, PROT, REBOOT_CMDS, REBOOT_MAGIC1, REBOOT_MAGIC2, RLIMITS,
	SA_FLAGS, SA_RESTORER, SEEK_WHENCE, SIGPROCMASK_HOW, SYSLOG_ACTIONS, TIMER_FLAGS, UMOUNT_FLAGS, WAIT_OPTIONS,
	signalName, signalShortName,
} from './syscall-constants.ts';
import { MAX_STRLEN, flags, hex, int, long, pointer, quote, quoteBuffer, rlim, xlat } from './strace-format.ts';
import { MAX_ERRNO } from './errno.ts';
import type { UserMemory } from './user-memory.ts';

export interface CallContext {
	mem: UserMemory;
	/** The process's word: 64 bits on arm64, 32 on 32-bit ARM (longs, pointers, the structures' fields). */
	bits: 32 | 64;
	/** The call's arguments as the process passed them (x0..x5; r0..r5, a 64-bit one from its register pair). */
	args: bigint[];
	/** The result (x0 as a signed number), once the call has returned. */
	ret?: bigint;
	/**
	 * Arguments whose memory could not be read at entry: a page of the program the process has not
	 * touched yet is mapped by the call itself, so it is read again once the call has returned.
	 */
	unread?: Set<number>;
}

/** An argument's printer; `exit`: what it shows exists only once the call has returned. */
export interface ArgKind { exit?: boolean; format: (v: bigint, c: CallContext, i: number) => string }

const PATH_MAX = 4096;

export const failed = (c: CallContext): boolean => c.ret !== undefined && c.ret < 0n && c.ret >= -BigInt(MAX_ERRNO);

const entry = (format: ArgKind['format']): ArgKind => ({ format });
/** Shown at exit; the bare address if the call failed or the memory cannot be read. */
const exit = (format: (v: bigint, c: CallContext, i: number) => string | undefined): ArgKind => ({
	exit: true,
	format: (v, c, i) => (v === 0n ? 'NULL' : failed(c) ? hex(v) : format(v, c, i) ?? hex(v)),
});
/** A pointer to something read at entry; the bare address if it cannot be read. */
const into = (format: (v: bigint, c: CallContext, i: number) => string | undefined): ArgKind =>
	entry((v, c, i) => {
		if (v === 0n) return 'NULL';
		const s = format(v, c, i);
		if (s !== undefined) return s;
		(c.unread ??= new Set()).add(i);
		return hex(v);
	});

/** A NUL-terminated string of at most `max` bytes, `...` after it if longer. */
function cString(mem: UserMemory, v: bigint, max: number): string | undefined {
	const s = mem.cString(v, max);
	return s && quote(s.bytes) + (s.terminated ? '' : '...');
}

const openFlags = (v: bigint): string => {
	const rest = flags(v & ~O_ACCMODE, OPEN_FLAGS, '');
	return ACCESS_MODES[Number(v & O_ACCMODE)] + (rest ? `|${rest}` : '');
};
/** A permission mode as strace's %#03o prints it: 0644, 022, 000. */
const mode = (v: bigint): string => `0${(v & 0o7777n).toString(8)}`.padStart(3, '0');

function sigset(mem: UserMemory, v: bigint): string | undefined {
	const set = mem.u64(v);
	if (set === undefined) return undefined;
	const count = set.toString(2).replace(/0/g, '').length;
	const inverted = count > 32;
	const names: string[] = [];
	for (let s = 1; s <= 64; s++) if ((((set >> BigInt(s - 1)) & 1n) === 1n) !== inverted) names.push(signalShortName(s));
	return `${inverted ? '~' : ''}[${names.join(' ')}]`;
}

/** Word-sized fields of a structure in the process's memory. */
const words = (b: Buffer, bits: 32 | 64) => (i: number) => bits === 64 ? b.readBigUInt64LE(i * 8) : BigInt(b.readUInt32LE(i * 4));
/** A word-sized signed field. */
const signedWord = (b: Buffer, bits: 32 | 64, i: number) => bits === 64 ? b.readBigInt64LE(i * 8) : BigInt(b.readInt32LE(i * 4));

/** The kernel's struct sigaction for rt_sigaction: handler, flags and restorer (words), then the mask. */
function sigaction(mem: UserMemory, v: bigint, bits: 32 | 64): string | undefined {
	const w = bits / 8;
	const b = mem.bytes(v, 3 * w + 8);
	if (!b) return undefined;
	const word = words(b, bits);
	const handler = word(0), saFlags = word(1), restorer = word(2);
	const h = handler === 0n ? 'SIG_DFL' : handler === 1n ? 'SIG_IGN' : hex(handler);
	return `{sa_handler=${h}, sa_mask=${sigset(mem, v + BigInt(3 * w))}, sa_flags=${flags(saFlags, SA_FLAGS)}` +
		`${saFlags & SA_RESTORER ? `, sa_restorer=${hex(restorer)}` : ''}}`;
}

const S_IFMT = 0o170000;
function fileMode(m: number): string {
	const type = FILE_TYPES[m & S_IFMT];
	const special = [[0o4000, 'S_ISUID'], [0o2000, 'S_ISGID'], [0o1000, 'S_ISVTX']] as const;
	const parts = [type ?? `0${(m & S_IFMT).toString(8)}`, ...special.filter(([bit]) => m & bit).map(([, n]) => n)];
	return `${parts.join('|')}|${mode(BigInt(m & 0o777))}`;
}

/** makedev(major, minor) of a dev_t as the kernel encodes it for user space. */
function makedev(dev: bigint): string {
	const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
	const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
	const h = (n: bigint) => (n === 0n ? '0' : hex(n));
	return `makedev(${h(major)}, ${h(minor)})`;
}

/**
 * struct stat (asm-generic/stat.h; 32-bit ARM's struct stat64 has st_mode, st_rdev and st_size at
 * the same offsets), abbreviated as strace prints it without -v.
 */
function stat(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 56);
	if (!b) return undefined;
	const m = b.readUInt32LE(16), type = m & S_IFMT;
	const device = type === 0o020000 || type === 0o060000;
	return `{st_mode=${fileMode(m)}, ${device ? `st_rdev=${makedev(b.readBigUInt64LE(32))}` : `st_size=${b.readBigInt64LE(48)}`}, ...}`;
}

/** struct sysinfo: longs (words), then procs, the high memory and mem_unit. */
function sysinfo(mem: UserMemory, v: bigint, bits: 32 | 64): string | undefined {
	const w = bits / 8;
	const b = mem.bytes(v, 14 * w);
	if (!b) return undefined;
	const u = words(b, bits);
	return `{uptime=${signedWord(b, bits, 0)}, loads=[${u(1)}, ${u(2)}, ${u(3)}], totalram=${u(4)}, freeram=${u(5)}, ` +
		`sharedram=${u(6)}, bufferram=${u(7)}, totalswap=${u(8)}, freeswap=${u(9)}, procs=${b.readUInt16LE(10 * w)}, ` +
		`totalhigh=${u(11)}, freehigh=${u(12)}, mem_unit=${b.readUInt32LE(13 * w)}}`;
}

/** struct __kernel_timespec: two 64-bit fields on every architecture (32-bit ARM's *_time64 calls). */
function timespec(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 16);
	return b && `{tv_sec=${b.readBigInt64LE(0)}, tv_nsec=${b.readBigInt64LE(8)}}`;
}

/** struct old_timespec32: 32-bit ARM's older calls (nanosleep, clock_gettime). */
function timespec32(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 8);
	return b && `{tv_sec=${b.readInt32LE(0)}, tv_nsec=${b.readInt32LE(4)}}`;
}

function utsname(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 65 * 2);
	if (!b) return undefined;
	const field = (i: number) => quote(b.subarray(i * 65, b.indexOf(0, i * 65)));
	return `{sysname=${field(0)}, nodename=${field(1)}, ...}`;
}

function waitStatus(mem: UserMemory, v: bigint): string | undefined {
	const s = mem.u32(v);
	if (s === undefined) return undefined;
	const sig = s & 0x7f;
	if (sig === 0) return `[{WIFEXITED(s) && WEXITSTATUS(s) == ${(s >> 8) & 0xff}}]`;
	if (sig === 0x7f) return s === 0xffff ? '[{WIFCONTINUED(s)}]' : `[{WIFSTOPPED(s) && WSTOPSIG(s) == ${signalName((s >> 8) & 0xff)}}]`;
	return `[{WIFSIGNALED(s) && WTERMSIG(s) == ${signalName(sig)}${s & 0x80 ? ' && WCOREDUMP(s)' : ''}}]`;
}

/** argv: its strings, at most MAX_STRLEN of them. */
function argv(mem: UserMemory, v: bigint, bits: 32 | 64): string | undefined {
	const items: string[] = [];
	for (let i = 0; ; i++) {
		const p = mem.word(v + BigInt(i * bits / 8), bits);
		if (p === undefined) return undefined;
		if (p === 0n) break;
		if (i === MAX_STRLEN) return `[${items.join(', ')}, ...]`;
		items.push(cString(mem, p, MAX_STRLEN) ?? hex(p));
	}
	return `[${items.join(', ')}]`;
}

function envCount(mem: UserMemory, v: bigint, bits: 32 | 64): string {
	let n = 0;
	const at = (i: number) => mem.word(v + BigInt(i * bits / 8), bits);
	for (let p = at(0); p !== undefined && p !== 0n; p = at(++n));
	return `${hex(v)} /* ${n} var${n === 1 ? '' : 's'} */`;
}

/** termios, as strace abbreviates it: the speed and whether output processing, signals, canonical input and echo are on. */
function termios(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 36);
	if (!b) return undefined;
	const oflag = b.readUInt32LE(4), cflag = b.readUInt32LE(8), lflag = b.readUInt32LE(12);
	const on = (x: number, name: string) => `${x ? '' : '-'}${name}`;
	return `{${BAUD_RATES[cflag & 0x100f] ?? hex(BigInt(cflag & 0x100f))} ${on(oflag & 1, 'opost')} ${on(lflag & 1, 'isig')} ` +
		`${on(lflag & 2, 'icanon')} ${on(lflag & 8, 'echo')} ...}`;
}

function winsize(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 8);
	return b && `{ws_row=${b.readUInt16LE(0)}, ws_col=${b.readUInt16LE(2)}, ws_xpixel=${b.readUInt16LE(4)}, ws_ypixel=${b.readUInt16LE(6)}}`;
}

/** struct rlimit64 (prlimit64's, and arm64's getrlimit). */
function rlimit(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 16);
	return b && `{rlim_cur=${rlim(b.readBigUInt64LE(0))}, rlim_max=${rlim(b.readBigUInt64LE(8))}}`;
}

/** struct rlimit of 32-bit ARM's ugetrlimit and setrlimit: unsigned longs, RLIM_INFINITY all ones. */
function rlimit32(mem: UserMemory, v: bigint): string | undefined {
	const b = mem.bytes(v, 8);
	const r = (o: number) => (b!.readUInt32LE(o) === 0xffffffff ? 'RLIM_INFINITY' : rlim(BigInt(b!.readUInt32LE(o))));
	return b && `{rlim_cur=${r(0)}, rlim_max=${r(4)}}`;
}

function pollfds(mem: UserMemory, v: bigint, n: number, field: 'events' | 'revents'): string | undefined {
	const b = mem.bytes(v, n * 8);
	if (!b) return undefined;
	const items: string[] = [];
	for (let i = 0; i < n; i++) {
		const ev = b.readUInt16LE(i * 8 + (field === 'events' ? 4 : 6));
		if (field === 'revents' && ev === 0) continue;
		items.push(`{fd=${b.readInt32LE(i * 8)}, ${field}=${flags(BigInt(ev), POLL_EVENTS)}}`);
	}
	return `[${items.join(', ')}]`;
}

function iovecs(mem: UserMemory, v: bigint, n: number, bits: 32 | 64, total?: bigint): string | undefined {
	const b = mem.bytes(v, n * bits / 4);
	if (!b) return undefined;
	const word = words(b, bits);
	let left = total;
	const items: string[] = [];
	for (let i = 0; i < Math.min(n, MAX_STRLEN); i++) {
		const base = word(2 * i), len = word(2 * i + 1);
		const shown = left === undefined ? len : (left < len ? left : len);
		if (left !== undefined) left -= shown;
		const data = mem.bytes(base, Math.min(Number(shown), MAX_STRLEN));
		items.push(`{iov_base=${data ? quoteBuffer(data, Number(shown)) : hex(base)}, iov_len=${len}}`);
	}
	return `[${items.join(', ')}${n > MAX_STRLEN ? ', ...' : ''}]`;
}

function direntCount(mem: UserMemory, v: bigint, length: number): string | undefined {
	const b = mem.bytes(v, length);
	if (!b) return undefined;
	let n = 0;
	for (let off = 0; off + 19 <= length; n++) {
		const reclen = b.readUInt16LE(off + 16);
		if (!reclen) break;
		off += reclen;
	}
	return `${hex(v)} /* ${n} entries */`;
}

/** A buffer the call filled: as many bytes as it returned. */
const filled = exit((v, c) => {
	const n = Number(c.ret!);
	const b = c.mem.bytes(v, Math.min(n, MAX_STRLEN));
	return b && quoteBuffer(b, n);
});

export const K = {
	int: entry(v => String(int(v))),
	long: entry((v, c) => String(long(v, c.bits))),
	ulong: entry((v, c) => BigInt.asUintN(c.bits, v).toString()),
	uint: entry(v => String(Number(v & 0xffffffffn))),
	ptr: entry(pointer),
	hex: entry((v, c) => hex(BigInt.asUintN(c.bits, v))),
	/** A 64-bit value (a file offset or length) on every architecture: 32-bit ARM passes it in a register pair. */
	loff_t: entry(v => String(BigInt.asIntN(64, v))),
	fd: entry(v => String(int(v))),
	dirfd: entry(v => (int(v) === AT_FDCWD ? 'AT_FDCWD' : String(int(v)))),
	path: into((v, c) => cString(c.mem, v, PATH_MAX)),
	str: into((v, c) => cString(c.mem, v, MAX_STRLEN)),
	/** A buffer given to the call, its length the next argument. */
	wbuf: into((v, c, i) => {
		const n = Number(c.args[i + 1]);
		const b = c.mem.bytes(v, Math.min(n, MAX_STRLEN));
		return b && quoteBuffer(b, n);
	}),
	rbuf: filled,
	/** A string the call wrote, its length the result (getcwd counts the NUL). */
	cwd: exit((v, c) => cString(c.mem, v, Number(c.ret!))),
	oflags: entry(openFlags),
	/** O_* flags without an access mode (dup3, pipe2): 0 when none. */
	oflags0: entry(v => flags(v, OPEN_FLAGS)),
	/** A file offset or length strace prints in hex (mmap's). */
	offset: entry((v, c) => (v === 0n ? '0' : hex(BigInt.asUintN(c.bits, v)))),
	/** mmap2's offset, in pages of 4096 bytes: strace shows it in bytes. */
	pgoff: entry(v => (v === 0n ? '0' : hex(v * 4096n))),
	/** An int the call stored (getresuid's): [value]. */
	intOut: exit((v, c) => {
		const n = c.mem.u32(v);
		return n === undefined ? undefined : `[${n | 0}]`;
	}),
	/** A file offset the call stored (_llseek's): [value]. */
	loffOut: exit((v, c) => {
		const n = c.mem.u64(v);
		return n === undefined ? undefined : `[${BigInt.asIntN(64, n)}]`;
	}),
	/** A file offset passed by pointer (sendfile's): [value]. */
	loff: into((v, c) => {
		const n = c.mem.u64(v);
		return n === undefined ? undefined : `[${BigInt.asIntN(64, n)}]`;
	}),
	fmode: entry(v => (Number(v) & S_IFMT ? fileMode(Number(v)) : mode(v))),
	sysinfo: exit((v, c) => sysinfo(c.mem, v, c.bits)),
	mode: entry(mode),
	atflags: entry(v => flags(v, AT_FLAGS)),
	amode: entry(v => flags(v, ACCESS_FLAGS, 'F_OK')),
	prot: entry(v => flags(v, PROT, 'PROT_NONE')),
	mapflags: entry(v => {
		const rest = flags(v & ~0xfn, MAP_FLAGS, '');
		return (MAP_TYPES[Number(v & 0xfn)] ?? hex(v & 0xfn)) + (rest ? `|${rest}` : '');
	}),
	signal: entry(v => signalName(int(v))),
	sighow: entry(v => xlat(int(v), SIGPROCMASK_HOW, 'SIG')),
	sigset: into((v, c) => sigset(c.mem, v)),
	sigsetOut: exit((v, c) => sigset(c.mem, v)),
	sigaction: into((v, c) => sigaction(c.mem, v, c.bits)),
	sigactionOut: exit((v, c) => sigaction(c.mem, v, c.bits)),
	stat: exit((v, c) => stat(c.mem, v)),
	argv: into((v, c) => argv(c.mem, v, c.bits)),
	envp: into((v, c) => envCount(c.mem, v, c.bits)),
	wstatus: exit((v, c) => (c.ret === 0n ? hex(v) : waitStatus(c.mem, v))),
	waitopts: entry(v => flags(v, WAIT_OPTIONS)),
	ioctl: entry(v => IOCTLS[Number(v & 0xffffffffn)] ?? hex(v & 0xffffffffn)),
	fcntl: entry(v => xlat(int(v), FCNTL_CMDS, 'F')),
	whence: entry(v => xlat(int(v), SEEK_WHENCE, 'SEEK')),
	clock: entry(v => xlat(int(v), CLOCKS, 'CLOCK')),
	timerflags: entry(v => flags(v, TIMER_FLAGS)),
	timespec: into((v, c) => timespec(c.mem, v)),
	timespecOut: exit((v, c) => timespec(c.mem, v)),
	timespec32: into((v, c) => timespec32(c.mem, v)),
	timespec32Out: exit((v, c) => timespec32(c.mem, v)),
	uname: exit((v, c) => utsname(c.mem, v)),
	pipefds: exit((v, c) => {
		const b = c.mem.bytes(v, 8);
		return b && `[${b.readInt32LE(0)}, ${b.readInt32LE(4)}]`;
	}),
	dents: exit((v, c) => direntCount(c.mem, v, Number(c.ret!))),
	mountflags: entry(v => {
		const magic = (v & MS_MGC_MSK) === MS_MGC_VAL;
		const rest = flags(magic ? v & ~MS_MGC_MSK : v, MOUNT_FLAGS, magic ? '' : '0');
		return magic ? `MS_MGC_VAL${rest ? `|${rest}` : ''}` : rest;
	}),
	umountflags: entry(v => flags(v, UMOUNT_FLAGS)),
	rebootMagic1: entry(v => xlat(Number(v & 0xffffffffn), REBOOT_MAGIC1, 'LINUX_REBOOT_MAGIC')),
	rebootMagic2: entry(v => xlat(Number(v & 0xffffffffn), REBOOT_MAGIC2, 'LINUX_REBOOT_MAGIC')),
	rebootCmd: entry(v => xlat(Number(v & 0xffffffffn), REBOOT_CMDS, 'LINUX_REBOOT_CMD')),
	syslog: entry(v => xlat(int(v), SYSLOG_ACTIONS, 'SYSLOG_ACTION')),
	prctl: entry(v => xlat(int(v), PRCTL_OPTIONS, 'PR')),
	rlimitRes: entry(v => xlat(int(v), RLIMITS, 'RLIMIT')),
	rlimit: into((v, c) => rlimit(c.mem, v)),
	rlimitOut: exit((v, c) => rlimit(c.mem, v)),
	rlimit32: into((v, c) => rlimit32(c.mem, v)),
	rlimit32Out: exit((v, c) => rlimit32(c.mem, v)),
	grnd: entry(v => flags(v, GETRANDOM_FLAGS)),
	modflags: entry(v => flags(v, MODULE_INIT_FLAGS)),
	delmodflags: entry(v => flags(v, DELETE_MODULE_FLAGS)),
	pollfds: into((v, c) => pollfds(c.mem, v, Number(c.args[1]), 'events')),
	iovec: into((v, c) => iovecs(c.mem, v, Number(c.args[2]), c.bits)),
	iovecOut: exit((v, c) => iovecs(c.mem, v, Number(c.args[2]), c.bits, c.ret)),
	/** termios, winsize or a pid behind an ioctl's argument, by request (read after the call). */
	ioctlArg: exit((v, c) => {
		switch (Number(c.args[1] & 0xffffffffn)) {
		case 0x5401: case 0x5402: case 0x5403: case 0x5404: return termios(c.mem, v);
		case 0x5413: case 0x5414: return winsize(c.mem, v);
		case 0x540f: case 0x5410: case 0x5429: case 0x541b: case 0x5421: {
			const n = c.mem.u32(v);
			return n === undefined ? undefined : `[${n | 0}]`;
		}
		default: return undefined;
		}
	}),
};

/** The signal mask a sigreturn puts back, at `offset` in the frame at the user's sp (its ucontext's uc_sigmask). */
export function sigreturnMask(c: CallContext, sp: bigint, offset: number): string {
	return `{mask=${sigset(c.mem, sp + BigInt(offset)) ?? '?'}}`;
}

/** fcntl's third argument, as its command reads it. */
export function fcntlArgs(cmd: number): ArgKind[] {
	switch (cmd) {
	case 1: case 3: case 9: case 11: case 1025: case 1032: case 1034: return [];
	case 2: return [entry(v => flags(v, FD_FLAGS))];
	case 4: return [entry(openFlags)];
	case 10: return [K.signal];
	default: return [K.long];
	}
}

/** What an fcntl that reads flags returned, decoded after the number. */
export function fcntlResult(cmd: number, ret: bigint): string {
	if (cmd === 1) return `${hex(ret)} (flags ${flags(ret, FD_FLAGS)})`;
	if (cmd === 3) return `${hex(ret)} (flags ${openFlags(ret)})`;
	return String(ret);
}

/** syslog's buffer: what the read returned for the reading actions, else the pointer; then the length. */
export function syslogArgs(action: number): ArgKind[] {
	return action >= 2 && action <= 4 ? [filled, K.int] : [K.ptr, K.int];
}

/** The revents ppoll returned, as strace adds them after the result. */
export function pollResult(c: CallContext): string | undefined {
	const r = pollfds(c.mem, c.args[0], Number(c.args[1]), 'revents');
	return r === undefined ? undefined : `(${r})`;
}
