// 32-bit ARM's system calls (EABI: the number in r7, as arch/arm/tools/syscall.tbl numbers them),
// each with how strace prints its arguments and result. A call arm64 has too prints as arm64's
// (syscall-table.ts); those of ARM's own, the older ones 32-bit ABIs keep (open, stat64, _llseek,
// mmap2, the 32-bit uid calls, the time32 ones beside their _time64 successors), and those whose
// 64-bit arguments come in a register pair, are here.
import { O_CREAT, O_TMPFILE } from './syscall-constants.ts';
import { K, fcntlArgs, fcntlResult, pollResult, type ArgKind } from './syscall-args.ts';
import { S, genericSpec, unknownSpec, type SyscallSpec, type SyscallTable } from './syscall-table.ts';
import { int } from './strace-format.ts';

/** The EABI calls by number (empty: a number with no call). */
const NAMES = [
	'restart_syscall', 'exit', 'fork', 'read', 'write', 'open', 'close', '', 'creat', 'link', 'unlink', 'execve',
	'chdir', '', 'mknod', 'chmod', 'lchown', '', '', 'lseek', 'getpid', 'mount', '', 'setuid', 'getuid', '',
	'ptrace', '', '', 'pause', '', '', '', 'access', 'nice', '', 'sync', 'kill', 'rename', 'mkdir', 'rmdir', 'dup',
	'pipe', 'times', '', 'brk', 'setgid', 'getgid', '', 'geteuid', 'getegid', 'acct', 'umount2', '', 'ioctl',
	'fcntl', '', 'setpgid', '', '', 'umask', 'chroot', 'ustat', 'dup2', 'getppid', 'getpgrp', 'setsid',
	'sigaction', '', '', 'setreuid', 'setregid', 'sigsuspend', 'sigpending', 'sethostname', 'setrlimit', '',
	'getrusage', 'gettimeofday', 'settimeofday', 'getgroups', 'setgroups', '', 'symlink', '', 'readlink', 'uselib',
	'swapon', 'reboot', '', '', 'munmap', 'truncate', 'ftruncate', 'fchmod', 'fchown', 'getpriority',
	'setpriority', '', 'statfs', 'fstatfs', '', '', 'syslog', 'setitimer', 'getitimer', 'stat', 'lstat', 'fstat',
	'', '', 'vhangup', '', '', 'wait4', 'swapoff', 'sysinfo', '', 'fsync', 'sigreturn', 'clone', 'setdomainname',
	'uname', '', 'adjtimex', 'mprotect', 'sigprocmask', '', 'init_module', 'delete_module', '', 'quotactl',
	'getpgid', 'fchdir', 'bdflush', 'sysfs', 'personality', '', 'setfsuid', 'setfsgid', '_llseek', 'getdents',
	'_newselect', 'flock', 'msync', 'readv', 'writev', 'getsid', 'fdatasync', '_sysctl', 'mlock', 'munlock',
	'mlockall', 'munlockall', 'sched_setparam', 'sched_getparam', 'sched_setscheduler', 'sched_getscheduler',
	'sched_yield', 'sched_get_priority_max', 'sched_get_priority_min', 'sched_rr_get_interval', 'nanosleep',
	'mremap', 'setresuid', 'getresuid', '', '', 'poll', 'nfsservctl', 'setresgid', 'getresgid', 'prctl',
	'rt_sigreturn', 'rt_sigaction', 'rt_sigprocmask', 'rt_sigpending', 'rt_sigtimedwait', 'rt_sigqueueinfo',
	'rt_sigsuspend', 'pread64', 'pwrite64', 'chown', 'getcwd', 'capget', 'capset', 'sigaltstack', 'sendfile', '',
	'', 'vfork', 'ugetrlimit', 'mmap2', 'truncate64', 'ftruncate64', 'stat64', 'lstat64', 'fstat64', 'lchown32',
	'getuid32', 'getgid32', 'geteuid32', 'getegid32', 'setreuid32', 'setregid32', 'getgroups32', 'setgroups32',
	'fchown32', 'setresuid32', 'getresuid32', 'setresgid32', 'getresgid32', 'chown32', 'setuid32', 'setgid32',
	'setfsuid32', 'setfsgid32', 'getdents64', 'pivot_root', 'mincore', 'madvise', 'fcntl64', '', '', 'gettid',
	'readahead', 'setxattr', 'lsetxattr', 'fsetxattr', 'getxattr', 'lgetxattr', 'fgetxattr', 'listxattr',
	'llistxattr', 'flistxattr', 'removexattr', 'lremovexattr', 'fremovexattr', 'tkill', 'sendfile64', 'futex',
	'sched_setaffinity', 'sched_getaffinity', 'io_setup', 'io_destroy', 'io_getevents', 'io_submit', 'io_cancel',
	'exit_group', 'lookup_dcookie', 'epoll_create', 'epoll_ctl', 'epoll_wait', 'remap_file_pages', '', '',
	'set_tid_address', 'timer_create', 'timer_settime', 'timer_gettime', 'timer_getoverrun', 'timer_delete',
	'clock_settime', 'clock_gettime', 'clock_getres', 'clock_nanosleep', 'statfs64', 'fstatfs64', 'tgkill',
	'utimes', 'arm_fadvise64_64', 'pciconfig_iobase', 'pciconfig_read', 'pciconfig_write', 'mq_open', 'mq_unlink',
	'mq_timedsend', 'mq_timedreceive', 'mq_notify', 'mq_getsetattr', 'waitid', 'socket', 'bind', 'connect',
	'listen', 'accept', 'getsockname', 'getpeername', 'socketpair', 'send', 'sendto', 'recv', 'recvfrom',
	'shutdown', 'setsockopt', 'getsockopt', 'sendmsg', 'recvmsg', 'semop', 'semget', 'semctl', 'msgsnd', 'msgrcv',
	'msgget', 'msgctl', 'shmat', 'shmdt', 'shmget', 'shmctl', 'add_key', 'request_key', 'keyctl', 'semtimedop',
	'vserver', 'ioprio_set', 'ioprio_get', 'inotify_init', 'inotify_add_watch', 'inotify_rm_watch', 'mbind',
	'get_mempolicy', 'set_mempolicy', 'openat', 'mkdirat', 'mknodat', 'fchownat', 'futimesat', 'fstatat64',
	'unlinkat', 'renameat', 'linkat', 'symlinkat', 'readlinkat', 'fchmodat', 'faccessat', 'pselect6', 'ppoll',
	'unshare', 'set_robust_list', 'get_robust_list', 'splice', 'arm_sync_file_range', 'tee', 'vmsplice',
	'move_pages', 'getcpu', 'epoll_pwait', 'kexec_load', 'utimensat', 'signalfd', 'timerfd_create', 'eventfd',
	'fallocate', 'timerfd_settime', 'timerfd_gettime', 'signalfd4', 'eventfd2', 'epoll_create1', 'dup3', 'pipe2',
	'inotify_init1', 'preadv', 'pwritev', 'rt_tgsigqueueinfo', 'perf_event_open', 'recvmmsg', 'accept4',
	'fanotify_init', 'fanotify_mark', 'prlimit64', 'name_to_handle_at', 'open_by_handle_at', 'clock_adjtime',
	'syncfs', 'sendmmsg', 'setns', 'process_vm_readv', 'process_vm_writev', 'kcmp', 'finit_module',
	'sched_setattr', 'sched_getattr', 'renameat2', 'seccomp', 'getrandom', 'memfd_create', 'bpf', 'execveat',
	'userfaultfd', 'membarrier', 'mlock2', 'copy_file_range', 'preadv2', 'pwritev2', 'pkey_mprotect', 'pkey_alloc',
	'pkey_free', 'statx', 'rseq', 'io_pgetevents', 'migrate_pages', 'kexec_file_load', '', 'clock_gettime64',
	'clock_settime64', 'clock_adjtime64', 'clock_getres_time64', 'clock_nanosleep_time64', 'timer_gettime64',
	'timer_settime64', 'timerfd_gettime64', 'timerfd_settime64', 'utimensat_time64', 'pselect6_time64',
	'ppoll_time64', '', 'io_pgetevents_time64', 'recvmmsg_time64', 'mq_timedsend_time64', 'mq_timedreceive_time64',
	'semtimedop_time64', 'rt_sigtimedwait_time64', 'futex_time64', 'sched_rr_get_interval_time64',
	'pidfd_send_signal', 'io_uring_setup', 'io_uring_enter', 'io_uring_register', 'open_tree', 'move_mount',
	'fsopen', 'fsconfig', 'fsmount', 'fspick', 'pidfd_open', 'clone3', 'close_range', 'openat2', 'pidfd_getfd',
	'faccessat2', 'process_madvise', 'epoll_pwait2', 'mount_setattr', 'quotactl_fd', 'landlock_create_ruleset',
	'landlock_add_rule', 'landlock_restrict_self', '', 'process_mrelease', 'futex_waitv',
	'set_mempolicy_home_node',
];

/** A 64-bit argument from its register pair (low word first). */
const pair = (lo: bigint, hi: bigint) => (BigInt.asUintN(32, hi) << 32n) | BigInt.asUintN(32, lo);
/** EABI passes a 64-bit argument in an even/odd register pair: (r0, r2:r3) and (r0, r1, r2:r3, r4:r5) shapes. */
const afterPad = (r: bigint[]) => [r[0], pair(r[2], r[3]), r[4], r[5]];
const twoPairs = (r: bigint[]) => [r[0], r[1], pair(r[2], r[3]), pair(r[4], r[5])];

const openArgs = (flagsAt: number, head: ArgKind[]) => (a: bigint[]): ArgKind[] =>
	[...head, K.oflags, ...(a[flagsAt] & O_CREAT || (a[flagsAt] & O_TMPFILE) === O_TMPFILE ? [K.mode] : [])];

const own: SyscallSpec[] = [
	{ name: 'open', args: openArgs(1, [K.path]) },
	S('creat', K.path, K.mode), S('link', K.path, K.path), S('unlink', K.path), S('mknod', K.path, K.fmode, K.hex),
	S('chmod', K.path, K.mode), S('lchown', K.path, K.int, K.int), S('chown', K.path, K.int, K.int), S('access', K.path, K.amode),
	S('rename', K.path, K.path), S('mkdir', K.path, K.mode), S('rmdir', K.path), S('dup2', K.fd, K.fd), S('pipe', K.pipefds),
	S('symlink', K.path, K.path), S('readlink', K.path, K.rbuf, K.ulong), S('pause'), S('nice', K.int), S('getpgrp'),
	S('fork'), S('vfork'), S('alarm', K.uint), S('utimes', K.path, K.ptr), S('futimesat', K.dirfd, K.path, K.ptr),
	{ name: '_llseek', args: [K.fd, K.loff_t, K.loffOut, K.whence], regs: r => [r[0], pair(r[2], r[1]), r[3], r[4]] },
	S('stat64', K.path, K.stat), S('lstat64', K.path, K.stat), S('fstat64', K.fd, K.stat),
	S('fstatat64', K.dirfd, K.path, K.stat, K.atflags),
	S('statfs64', K.path, K.ulong, K.ptr), S('fstatfs64', K.fd, K.ulong, K.ptr),
	{ name: 'mmap2', args: [K.ptr, K.ulong, K.prot, K.mapflags, K.fd, K.pgoff], result: 'hex' },
	S('ugetrlimit', K.rlimitRes, K.rlimit32Out), S('setrlimit', K.rlimitRes, K.rlimit32),
	{ name: 'poll', args: [K.pollfds, K.uint, K.int], after: pollResult },
	S('_newselect', K.int, K.ptr, K.ptr, K.ptr, K.ptr), S('getdents', K.fd, K.ptr, K.uint),
	{ name: 'fcntl64', args: a => [K.fd, K.fcntl, ...fcntlArgs(int(a[1]))], result: c => fcntlResult(int(c.args[1]), c.ret!) },
	S('sendfile64', K.fd, K.fd, K.loff, K.ulong),
	{ name: 'pread64', args: [K.fd, K.rbuf, K.ulong, K.loff_t], regs: r => [r[0], r[1], r[2], pair(r[4], r[5])] },
	{ name: 'pwrite64', args: [K.fd, K.wbuf, K.ulong, K.loff_t], regs: r => [r[0], r[1], r[2], pair(r[4], r[5])] },
	{ name: 'preadv', args: [K.fd, K.iovecOut, K.int, K.loff_t], regs: r => [r[0], r[1], r[2], pair(r[3], r[4])] },
	{ name: 'pwritev', args: [K.fd, K.iovec, K.int, K.loff_t], regs: r => [r[0], r[1], r[2], pair(r[3], r[4])] },
	{ name: 'truncate64', args: [K.path, K.loff_t], regs: afterPad },
	{ name: 'ftruncate64', args: [K.fd, K.loff_t], regs: afterPad },
	{ name: 'readahead', args: [K.fd, K.loff_t, K.ulong], regs: afterPad },
	{ name: 'fallocate', args: [K.fd, K.int, K.loff_t, K.loff_t], regs: twoPairs },
	{ name: 'arm_fadvise64_64', args: [K.fd, K.int, K.loff_t, K.loff_t], regs: twoPairs },
	{ name: 'arm_sync_file_range', args: [K.fd, K.hex, K.loff_t, K.loff_t], regs: twoPairs },
	// The time32 calls; their _time64 successors take arm64's struct __kernel_timespec.
	S('nanosleep', K.timespec32, K.ptr), S('clock_settime', K.clock, K.timespec32), S('clock_gettime', K.clock, K.timespec32Out),
	S('clock_getres', K.clock, K.timespec32Out), S('clock_nanosleep', K.clock, K.timerflags, K.timespec32, K.ptr),
	S('clock_gettime64', K.clock, K.timespecOut), S('clock_settime64', K.clock, K.timespec),
	S('clock_getres_time64', K.clock, K.timespecOut), S('clock_nanosleep_time64', K.clock, K.timerflags, K.timespec, K.ptr),
	{ name: 'ppoll_time64', args: [K.pollfds, K.uint, K.timespec, K.sigset, K.ulong], after: pollResult },
	S('pselect6_time64', K.int, K.ptr, K.ptr, K.ptr, K.timespec, K.ptr), S('utimensat_time64', K.dirfd, K.path, K.ptr, K.atflags),
	S('futex_time64', K.ptr, K.hex, K.int, K.ptr, K.ptr, K.int), S('rt_sigtimedwait_time64', K.sigset, K.ptr, K.timespec, K.ulong),
	{ name: 'ppoll', args: [K.pollfds, K.uint, K.timespec32, K.sigset, K.ulong], after: pollResult },
	S('pselect6', K.int, K.ptr, K.ptr, K.ptr, K.timespec32, K.ptr),
	// The old signal calls, with their old_sigset_t (a word).
	S('sigaction', K.signal, K.ptr, K.ptr), S('sigprocmask', K.sighow, K.ptr, K.ptr), S('sigsuspend', K.int, K.int, K.hex),
	S('sigpending', K.ptr),
	// A handler without SA_SIGINFO returns through a sigframe: the ucontext first, its mask after
	// uc_flags, uc_link, uc_stack and the sigcontext.
	{ name: 'sigreturn', args: [], sigreturn: 4 + 4 + 12 + 84 },
	// An rt_sigframe: the siginfo, then that ucontext.
	{ name: 'rt_sigreturn', args: [], sigreturn: 128 + 4 + 4 + 12 + 84 },
	S('send', K.fd, K.wbuf, K.ulong, K.hex), S('recv', K.fd, K.rbuf, K.ulong, K.hex),
	S('epoll_create', K.int), S('epoll_wait', K.fd, K.ptr, K.int, K.int), S('inotify_init'), S('eventfd', K.uint),
	S('signalfd', K.fd, K.sigset, K.ulong), S('umount', K.path),
	// The 32-bit uid calls print as their base calls do, under their own names.
	...['lchown32', 'chown32', 'fchown32'].map(name => S(name, name === 'fchown32' ? K.fd : K.path, K.int, K.int)),
	...['getuid32', 'getgid32', 'geteuid32', 'getegid32'].map(name => S(name)),
	...['setuid32', 'setgid32', 'setfsuid32', 'setfsgid32'].map(name => S(name, K.int)),
	S('setreuid32', K.int, K.int), S('setregid32', K.int, K.int), S('getgroups32', K.int, K.ptr), S('setgroups32', K.int, K.ptr),
	S('setresuid32', K.int, K.int, K.int), S('getresuid32', K.intOut, K.intOut, K.intOut),
	S('setresgid32', K.int, K.int, K.int), S('getresgid32', K.intOut, K.intOut, K.intOut),
];
const ownByName = new Map(own.map(spec => [spec.name, spec]));

/** ARM's private calls, from __ARM_NR_BASE (arch/arm/include/uapi/asm/unistd.h). */
const ARM_NR_BASE = 0xf0000;
const PRIVATE = new Map<number, SyscallSpec>([
	[ARM_NR_BASE + 1, S('breakpoint')], [ARM_NR_BASE + 2, S('cacheflush', K.ptr, K.ptr, K.int)],
	[ARM_NR_BASE + 3, S('usr26')], [ARM_NR_BASE + 4, S('usr32')], [ARM_NR_BASE + 5, S('set_tls', K.ptr)],
	[ARM_NR_BASE + 6, { name: 'get_tls', args: [], result: 'hex' }],
]);

const table = new Map<number, SyscallSpec>();
NAMES.forEach((name, nr) => {
	const spec = name ? ownByName.get(name) ?? genericSpec(name) : undefined;
	if (spec) table.set(nr, spec);
	else if (name) table.set(nr, { ...unknownSpec(nr), name });
});

export const armSyscalls: SyscallTable = {
	spec: nr => table.get(nr) ?? PRIVATE.get(nr) ?? unknownSpec(nr),
	exitCalls: new Set([NAMES.indexOf('exit'), NAMES.indexOf('exit_group')]),
};
