// The constants of Linux's arm64 user ABI that strace names in the calls busybox makes (values from
// include/uapi: asm-generic/fcntl.h with arm64's own O_DIRECTORY..O_LARGEFILE, mman, sched, signal,
// wait, mount, reboot, termios), in the order strace prints them.
type FlagTable = readonly (readonly [bigint, string])[];
const table = (entries: [number, string][]): FlagTable => entries.map(([v, n]) => [BigInt(v), n] as const);

export const O_ACCMODE = 3n;
export const ACCESS_MODES: Record<number, string> = { 0: 'O_RDONLY', 1: 'O_WRONLY', 2: 'O_RDWR', 3: 'O_ACCMODE' };
export const O_CREAT = 0x40n;
export const O_TMPFILE = 0x404000n;
export const OPEN_FLAGS = table([
	[0x40, 'O_CREAT'], [0x80, 'O_EXCL'], [0x100, 'O_NOCTTY'], [0x200, 'O_TRUNC'], [0x400, 'O_APPEND'],
	[0x800, 'O_NONBLOCK'], [0x101000, 'O_SYNC'], [0x1000, 'O_DSYNC'], [0x2000, 'O_ASYNC'], [0x404000, 'O_TMPFILE'],
	[0x4000, 'O_DIRECTORY'], [0x8000, 'O_NOFOLLOW'], [0x10000, 'O_DIRECT'], [0x20000, 'O_LARGEFILE'],
	[0x40000, 'O_NOATIME'], [0x80000, 'O_CLOEXEC'], [0x200000, 'O_PATH'],
]);

export const AT_FDCWD = -100;
export const AT_FLAGS = table([
	[0x100, 'AT_SYMLINK_NOFOLLOW'], [0x200, 'AT_REMOVEDIR'], [0x400, 'AT_SYMLINK_FOLLOW'],
	[0x800, 'AT_NO_AUTOMOUNT'], [0x1000, 'AT_EMPTY_PATH'],
]);
export const ACCESS_FLAGS = table([[4, 'R_OK'], [2, 'W_OK'], [1, 'X_OK']]);

export const PROT = table([[1, 'PROT_READ'], [2, 'PROT_WRITE'], [4, 'PROT_EXEC'], [8, 'PROT_SEM'], [0x10, 'PROT_BTI'], [0x20, 'PROT_MTE']]);
export const MAP_TYPES: Record<number, string> = { 1: 'MAP_SHARED', 2: 'MAP_PRIVATE', 3: 'MAP_SHARED_VALIDATE' };
export const MAP_FLAGS = table([
	[0x10, 'MAP_FIXED'], [0x20, 'MAP_ANONYMOUS'], [0x100, 'MAP_GROWSDOWN'], [0x800, 'MAP_DENYWRITE'],
	[0x1000, 'MAP_EXECUTABLE'], [0x2000, 'MAP_LOCKED'], [0x4000, 'MAP_NORESERVE'], [0x8000, 'MAP_POPULATE'],
	[0x10000, 'MAP_NONBLOCK'], [0x20000, 'MAP_STACK'], [0x40000, 'MAP_HUGETLB'], [0x80000, 'MAP_SYNC'],
	[0x100000, 'MAP_FIXED_NOREPLACE'],
]);

export const CLONE_FLAGS = table([
	[0x100, 'CLONE_VM'], [0x200, 'CLONE_FS'], [0x400, 'CLONE_FILES'], [0x800, 'CLONE_SIGHAND'], [0x1000, 'CLONE_PIDFD'],
	[0x2000, 'CLONE_PTRACE'], [0x4000, 'CLONE_VFORK'], [0x8000, 'CLONE_PARENT'], [0x10000, 'CLONE_THREAD'],
	[0x20000, 'CLONE_NEWNS'], [0x40000, 'CLONE_SYSVSEM'], [0x80000, 'CLONE_SETTLS'], [0x100000, 'CLONE_PARENT_SETTID'],
	[0x200000, 'CLONE_CHILD_CLEARTID'], [0x400000, 'CLONE_DETACHED'], [0x800000, 'CLONE_UNTRACED'],
	[0x1000000, 'CLONE_CHILD_SETTID'], [0x2000000, 'CLONE_NEWCGROUP'], [0x4000000, 'CLONE_NEWUTS'],
	[0x8000000, 'CLONE_NEWIPC'], [0x10000000, 'CLONE_NEWUSER'], [0x20000000, 'CLONE_NEWPID'],
	[0x40000000, 'CLONE_NEWNET'], [0x80000000, 'CLONE_IO'],
]);
export const CLONE_SETTLS = 0x80000n, CLONE_PARENT_SETTID = 0x100000n, CLONE_CHILD_SETTID = 0x1000000n, CLONE_CHILD_CLEARTID = 0x200000n;

const SIGNAL_NAMES = ['', 'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE',
	'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF',
	'WINCH', 'IO', 'PWR', 'SYS'];
/** A signal's name without SIG, as strace writes it in a set: RTMIN and RT_n above SIGSYS. */
export const signalShortName = (n: number): string =>
	n > 0 && n < SIGNAL_NAMES.length ? SIGNAL_NAMES[n] : n === 32 ? 'RTMIN' : n > 32 && n <= 64 ? `RT_${n - 32}` : String(n);
export const signalName = (n: number): string => {
	const s = signalShortName(n);
	return /^\d+$/.test(s) ? s : `SIG${s}`;
};

export const SIGPROCMASK_HOW: Record<number, string> = { 0: 'SIG_BLOCK', 1: 'SIG_UNBLOCK', 2: 'SIG_SETMASK' };
export const SA_RESTORER = 0x04000000n;
export const SA_FLAGS = table([
	[0x04000000, 'SA_RESTORER'], [0x08000000, 'SA_ONSTACK'], [0x10000000, 'SA_RESTART'], [0x40000000, 'SA_NODEFER'],
	[0x80000000, 'SA_RESETHAND'], [4, 'SA_SIGINFO'], [1, 'SA_NOCLDSTOP'], [2, 'SA_NOCLDWAIT'],
	[0x400, 'SA_UNSUPPORTED'], [0x800, 'SA_EXPOSE_TAGBITS'],
]);

export const WAIT_OPTIONS = table([
	[1, 'WNOHANG'], [2, 'WSTOPPED'], [4, 'WEXITED'], [8, 'WCONTINUED'], [0x1000000, 'WNOWAIT'],
	[0x20000000, '__WNOTHREAD'], [0x40000000, '__WALL'], [0x80000000, '__WCLONE'],
]);

export const MS_MGC_VAL = 0xc0ed0000n, MS_MGC_MSK = 0xffff0000n;
export const MOUNT_FLAGS = table([
	[1, 'MS_RDONLY'], [2, 'MS_NOSUID'], [4, 'MS_NODEV'], [8, 'MS_NOEXEC'], [16, 'MS_SYNCHRONOUS'], [32, 'MS_REMOUNT'],
	[64, 'MS_MANDLOCK'], [128, 'MS_DIRSYNC'], [256, 'MS_NOSYMFOLLOW'], [1024, 'MS_NOATIME'], [2048, 'MS_NODIRATIME'],
	[4096, 'MS_BIND'], [8192, 'MS_MOVE'], [16384, 'MS_REC'], [32768, 'MS_SILENT'], [1 << 16, 'MS_POSIXACL'],
	[1 << 17, 'MS_UNBINDABLE'], [1 << 18, 'MS_PRIVATE'], [1 << 19, 'MS_SLAVE'], [1 << 20, 'MS_SHARED'],
	[1 << 21, 'MS_RELATIME'], [1 << 22, 'MS_KERNMOUNT'], [1 << 23, 'MS_I_VERSION'], [1 << 24, 'MS_STRICTATIME'],
	[1 << 25, 'MS_LAZYTIME'],
]);
export const UMOUNT_FLAGS = table([[1, 'MNT_FORCE'], [2, 'MNT_DETACH'], [4, 'MNT_EXPIRE'], [8, 'UMOUNT_NOFOLLOW']]);

export const FCNTL_CMDS: Record<number, string> = {
	0: 'F_DUPFD', 1: 'F_GETFD', 2: 'F_SETFD', 3: 'F_GETFL', 4: 'F_SETFL', 5: 'F_GETLK', 6: 'F_SETLK', 7: 'F_SETLKW',
	8: 'F_SETOWN', 9: 'F_GETOWN', 10: 'F_SETSIG', 11: 'F_GETSIG', 15: 'F_SETOWN_EX', 16: 'F_GETOWN_EX',
	36: 'F_OFD_GETLK', 37: 'F_OFD_SETLK', 38: 'F_OFD_SETLKW', 1024: 'F_SETLEASE', 1025: 'F_GETLEASE', 1026: 'F_NOTIFY',
	1030: 'F_DUPFD_CLOEXEC', 1031: 'F_SETPIPE_SZ', 1032: 'F_GETPIPE_SZ', 1033: 'F_ADD_SEALS', 1034: 'F_GET_SEALS',
};
export const FD_FLAGS = table([[1, 'FD_CLOEXEC']]);

export const SEEK_WHENCE: Record<number, string> = { 0: 'SEEK_SET', 1: 'SEEK_CUR', 2: 'SEEK_END', 3: 'SEEK_DATA', 4: 'SEEK_HOLE' };

export const CLOCKS: Record<number, string> = {
	0: 'CLOCK_REALTIME', 1: 'CLOCK_MONOTONIC', 2: 'CLOCK_PROCESS_CPUTIME_ID', 3: 'CLOCK_THREAD_CPUTIME_ID',
	4: 'CLOCK_MONOTONIC_RAW', 5: 'CLOCK_REALTIME_COARSE', 6: 'CLOCK_MONOTONIC_COARSE', 7: 'CLOCK_BOOTTIME',
	8: 'CLOCK_REALTIME_ALARM', 9: 'CLOCK_BOOTTIME_ALARM', 11: 'CLOCK_TAI',
};
export const TIMER_FLAGS = table([[1, 'TIMER_ABSTIME']]);

export const REBOOT_MAGIC1: Record<number, string> = { 0xfee1dead: 'LINUX_REBOOT_MAGIC1' };
export const REBOOT_MAGIC2: Record<number, string> = {
	672274793: 'LINUX_REBOOT_MAGIC2', 85072278: 'LINUX_REBOOT_MAGIC2A', 369367448: 'LINUX_REBOOT_MAGIC2B', 537993216: 'LINUX_REBOOT_MAGIC2C',
};
export const REBOOT_CMDS: Record<number, string> = {
	0x01234567: 'LINUX_REBOOT_CMD_RESTART', 0xcdef0123: 'LINUX_REBOOT_CMD_HALT', 0x89abcdef: 'LINUX_REBOOT_CMD_CAD_ON',
	0: 'LINUX_REBOOT_CMD_CAD_OFF', 0x4321fedc: 'LINUX_REBOOT_CMD_POWER_OFF', 0xa1b2c3d4: 'LINUX_REBOOT_CMD_RESTART2',
	0xd000fce2: 'LINUX_REBOOT_CMD_SW_SUSPEND', 0x45584543: 'LINUX_REBOOT_CMD_KEXEC',
};

export const SYSLOG_ACTIONS: Record<number, string> = {
	0: 'SYSLOG_ACTION_CLOSE', 1: 'SYSLOG_ACTION_OPEN', 2: 'SYSLOG_ACTION_READ', 3: 'SYSLOG_ACTION_READ_ALL',
	4: 'SYSLOG_ACTION_READ_CLEAR', 5: 'SYSLOG_ACTION_CLEAR', 6: 'SYSLOG_ACTION_CONSOLE_OFF', 7: 'SYSLOG_ACTION_CONSOLE_ON',
	8: 'SYSLOG_ACTION_CONSOLE_LEVEL', 9: 'SYSLOG_ACTION_SIZE_UNREAD', 10: 'SYSLOG_ACTION_SIZE_BUFFER',
};

export const PRCTL_OPTIONS: Record<number, string> = {
	1: 'PR_SET_PDEATHSIG', 2: 'PR_GET_PDEATHSIG', 3: 'PR_GET_DUMPABLE', 4: 'PR_SET_DUMPABLE', 8: 'PR_SET_KEEPCAPS',
	15: 'PR_SET_NAME', 16: 'PR_GET_NAME', 22: 'PR_SET_SECCOMP', 36: 'PR_SET_CHILD_SUBREAPER', 38: 'PR_SET_NO_NEW_PRIVS',
	50: 'PR_SVE_SET_VL', 51: 'PR_SVE_GET_VL', 55: 'PR_SET_TAGGED_ADDR_CTRL', 56: 'PR_GET_TAGGED_ADDR_CTRL',
	63: 'PR_SME_SET_VL', 64: 'PR_SME_GET_VL',
};

export const RLIMITS: Record<number, string> = {
	0: 'RLIMIT_CPU', 1: 'RLIMIT_FSIZE', 2: 'RLIMIT_DATA', 3: 'RLIMIT_STACK', 4: 'RLIMIT_CORE', 5: 'RLIMIT_RSS',
	6: 'RLIMIT_NPROC', 7: 'RLIMIT_NOFILE', 8: 'RLIMIT_MEMLOCK', 9: 'RLIMIT_AS', 10: 'RLIMIT_LOCKS',
	11: 'RLIMIT_SIGPENDING', 12: 'RLIMIT_MSGQUEUE', 13: 'RLIMIT_NICE', 14: 'RLIMIT_RTPRIO', 15: 'RLIMIT_RTTIME',
};

export const GETRANDOM_FLAGS = table([[1, 'GRND_NONBLOCK'], [2, 'GRND_RANDOM'], [4, 'GRND_INSECURE']]);
export const MODULE_INIT_FLAGS = table([[1, 'MODULE_INIT_IGNORE_MODVERSIONS'], [2, 'MODULE_INIT_IGNORE_VERMAGIC'], [4, 'MODULE_INIT_COMPRESSED_FILE']]);
export const DELETE_MODULE_FLAGS = table([[0x800, 'O_NONBLOCK'], [0x200, 'O_TRUNC']]);

export const IOCTLS: Record<number, string> = {
	0x5401: 'TCGETS', 0x5402: 'TCSETS', 0x5403: 'TCSETSW', 0x5404: 'TCSETSF', 0x5405: 'TCGETA', 0x5406: 'TCSETA',
	0x5407: 'TCSETAW', 0x5408: 'TCSETAF', 0x5409: 'TCSBRK', 0x540a: 'TCXONC', 0x540b: 'TCFLSH', 0x540c: 'TIOCEXCL',
	0x540d: 'TIOCNXCL', 0x540e: 'TIOCSCTTY', 0x540f: 'TIOCGPGRP', 0x5410: 'TIOCSPGRP', 0x5411: 'TIOCOUTQ',
	0x5412: 'TIOCSTI', 0x5413: 'TIOCGWINSZ', 0x5414: 'TIOCSWINSZ', 0x5415: 'TIOCMGET', 0x5416: 'TIOCMBIS',
	0x5417: 'TIOCMBIC', 0x5418: 'TIOCMSET', 0x541b: 'FIONREAD', 0x541d: 'TIOCCONS', 0x5421: 'FIONBIO',
	0x5422: 'TIOCNOTTY', 0x5429: 'TIOCGSID', 0x5450: 'FIONCLEX', 0x5451: 'FIOCLEX', 0x5452: 'FIOASYNC',
};

export const POLL_EVENTS = table([
	[1, 'POLLIN'], [2, 'POLLPRI'], [4, 'POLLOUT'], [8, 'POLLERR'], [0x10, 'POLLHUP'], [0x20, 'POLLNVAL'],
	[0x40, 'POLLRDNORM'], [0x80, 'POLLRDBAND'], [0x100, 'POLLWRNORM'], [0x200, 'POLLWRBAND'], [0x400, 'POLLMSG'],
	[0x2000, 'POLLRDHUP'],
]);

export const FILE_TYPES: Record<number, string> = {
	0o140000: 'S_IFSOCK', 0o120000: 'S_IFLNK', 0o100000: 'S_IFREG', 0o060000: 'S_IFBLK', 0o040000: 'S_IFDIR',
	0o020000: 'S_IFCHR', 0o010000: 'S_IFIFO',
};

/** termios c_cflag & CBAUD, as strace names the speed. */
export const BAUD_RATES: Record<number, string> = {
	0: 'B0', 1: 'B50', 2: 'B75', 3: 'B110', 4: 'B134', 5: 'B150', 6: 'B200', 7: 'B300', 8: 'B600', 9: 'B1200',
	10: 'B1800', 11: 'B2400', 12: 'B4800', 13: 'B9600', 14: 'B19200', 15: 'B38400', 0x1001: 'B57600',
	0x1002: 'B115200', 0x1003: 'B230400', 0x1004: 'B460800', 0x1005: 'B500000', 0x1006: 'B576000',
	0x1007: 'B921600', 0x1008: 'B1000000', 0x1009: 'B1152000', 0x100a: 'B1500000', 0x100b: 'B2000000',
	0x100c: 'B2500000', 0x100d: 'B3000000', 0x100e: 'B3500000', 0x100f: 'B4000000',
};
