// arm64's system calls (the generic table of Linux's include/uapi/asm-generic/unistd.h), each with
// how strace prints its arguments and result; 32-bit ARM's table (syscall-table-arm.ts) takes
// most of its entries from here, by name.
import { CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID, CLONE_FLAGS, CLONE_PARENT_SETTID, CLONE_SETTLS, O_CREAT, O_TMPFILE, signalName } from './syscall-constants.ts';
import { K, fcntlArgs, fcntlResult, pollResult, syslogArgs, type ArgKind, type CallContext } from './syscall-args.ts';
import { flags, hex, int, pointer } from './strace-format.ts';

export interface SyscallSpec {
	name: string;
	/** The arguments' printers, or a function of the raw arguments choosing them. */
	args: ArgKind[] | ((args: bigint[]) => ArgKind[]);
	/** The result, when not a decimal number: `hex` (addresses), or a function of the call. */
	result?: 'hex' | ((c: CallContext) => string);
	/** What strace adds after a successful result, in parentheses. */
	after?: (c: CallContext) => string | undefined;
	/** The arguments as strace prints them, in its own order (clone), instead of `args`. */
	custom?: (c: CallContext) => string[];
	/** A sigreturn: the mask it puts back is at this offset from the user's stack pointer (its frame's uc_sigmask). */
	sigreturn?: number;
	/** The arguments from the registers, when they are not one a register (32-bit ARM's 64-bit ones, in a pair). */
	regs?: (r: bigint[]) => bigint[];
}

/** An architecture's calls by number. */
export interface SyscallTable {
	spec(nr: number): SyscallSpec;
	/** exit and exit_group: no return, so strace prints them at once, with `= ?`. */
	exitCalls: ReadonlySet<number>;
}

export const S = (name: string, ...args: ArgKind[]): SyscallSpec => ({ name, args });

/** clone's arguments on arm64 (and 32-bit ARM) are (flags, newsp, parent_tid, tls, child_tid); strace names them in its own order. */
function cloneArgs(c: CallContext): string[] {
	const [f, stack, ptid, tls, ctid] = c.args;
	const sig = Number(f & 0xffn);
	const named = flags(f & ~0xffn, CLONE_FLAGS, '');
	const parts = [`child_stack=${pointer(stack)}`, `flags=${[named, sig ? signalName(sig) : ''].filter(Boolean).join('|') || '0'}`];
	if (f & CLONE_PARENT_SETTID) parts.push(`parent_tid=${pointer(ptid)}`);
	if (f & CLONE_SETTLS) parts.push(`tls=${hex(tls)}`);
	if (f & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) parts.push(`child_tidptr=${hex(ctid)}`);
	return parts;
}

const PRCTL_NAME = 15, PRCTL_GET_NAME = 16;
function prctlArgs(a: bigint[]): ArgKind[] {
	const op = int(a[0]);
	if (op === PRCTL_NAME) return [K.prctl, K.str];
	if (op === PRCTL_GET_NAME) return [K.prctl, K.ptr];
	if (op === 51 || op === 64 || op === 3 || op === 56) return [K.prctl]; // the getters with no argument
	return [K.prctl, K.hex, K.hex, K.hex, K.hex];
}

const list: [number, SyscallSpec][] = [
	[0, S('io_setup', K.uint, K.ptr)], [1, S('io_destroy', K.hex)], [2, S('io_submit', K.hex, K.long, K.ptr)],
	[3, S('io_cancel', K.hex, K.ptr, K.ptr)], [4, S('io_getevents', K.hex, K.long, K.long, K.ptr, K.ptr)],
	[5, S('setxattr', K.path, K.str, K.ptr, K.ulong, K.int)], [6, S('lsetxattr', K.path, K.str, K.ptr, K.ulong, K.int)],
	[7, S('fsetxattr', K.fd, K.str, K.ptr, K.ulong, K.int)], [8, S('getxattr', K.path, K.str, K.ptr, K.ulong)],
	[9, S('lgetxattr', K.path, K.str, K.ptr, K.ulong)], [10, S('fgetxattr', K.fd, K.str, K.ptr, K.ulong)],
	[11, S('listxattr', K.path, K.ptr, K.ulong)], [12, S('llistxattr', K.path, K.ptr, K.ulong)],
	[13, S('flistxattr', K.fd, K.ptr, K.ulong)], [14, S('removexattr', K.path, K.str)], [15, S('lremovexattr', K.path, K.str)],
	[16, S('fremovexattr', K.fd, K.str)], [17, S('getcwd', K.cwd, K.ulong)], [18, S('lookup_dcookie', K.ulong, K.ptr, K.ulong)],
	[19, S('eventfd2', K.uint, K.oflags0)], [20, S('epoll_create1', K.oflags0)], [21, S('epoll_ctl', K.fd, K.int, K.fd, K.ptr)],
	[22, S('epoll_pwait', K.fd, K.ptr, K.int, K.int, K.ptr, K.ulong)], [23, S('dup', K.fd)], [24, S('dup3', K.fd, K.fd, K.oflags0)],
	[25, { name: 'fcntl', args: a => [K.fd, K.fcntl, ...fcntlArgs(int(a[1]))], result: c => fcntlResult(int(c.args[1]), c.ret!) }],
	[26, S('inotify_init1', K.oflags0)], [27, S('inotify_add_watch', K.fd, K.path, K.hex)], [28, S('inotify_rm_watch', K.fd, K.int)],
	[29, S('ioctl', K.fd, K.ioctl, K.ioctlArg)], [30, S('ioprio_set', K.int, K.int, K.int)], [31, S('ioprio_get', K.int, K.int)],
	[32, S('flock', K.fd, K.int)], [33, S('mknodat', K.dirfd, K.path, K.fmode, K.hex)], [34, S('mkdirat', K.dirfd, K.path, K.mode)],
	[35, S('unlinkat', K.dirfd, K.path, K.atflags)], [36, S('symlinkat', K.path, K.dirfd, K.path)],
	[37, S('linkat', K.dirfd, K.path, K.dirfd, K.path, K.atflags)], [38, S('renameat', K.dirfd, K.path, K.dirfd, K.path)],
	[39, S('umount2', K.path, K.umountflags)], [40, S('mount', K.path, K.path, K.str, K.mountflags, K.str)],
	[41, S('pivot_root', K.path, K.path)], [42, S('nfsservctl', K.int, K.ptr, K.ptr)], [43, S('statfs', K.path, K.ptr)],
	[44, S('fstatfs', K.fd, K.ptr)], [45, S('truncate', K.path, K.long)], [46, S('ftruncate', K.fd, K.long)],
	[47, S('fallocate', K.fd, K.int, K.long, K.long)], [48, S('faccessat', K.dirfd, K.path, K.amode)], [49, S('chdir', K.path)],
	[50, S('fchdir', K.fd)], [51, S('chroot', K.path)], [52, S('fchmod', K.fd, K.mode)], [53, S('fchmodat', K.dirfd, K.path, K.mode)],
	[54, S('fchownat', K.dirfd, K.path, K.int, K.int, K.atflags)], [55, S('fchown', K.fd, K.int, K.int)],
	[56, { name: 'openat', args: a => [K.dirfd, K.path, K.oflags, ...(a[2] & O_CREAT || (a[2] & O_TMPFILE) === O_TMPFILE ? [K.mode] : [])] }],
	[57, S('close', K.fd)], [58, S('vhangup')], [59, S('pipe2', K.pipefds, K.oflags0)], [60, S('quotactl', K.hex, K.path, K.int, K.ptr)],
	[61, S('getdents64', K.fd, K.dents, K.uint)], [62, S('lseek', K.fd, K.long, K.whence)], [63, S('read', K.fd, K.rbuf, K.ulong)],
	[64, S('write', K.fd, K.wbuf, K.ulong)], [65, S('readv', K.fd, K.iovecOut, K.int)], [66, S('writev', K.fd, K.iovec, K.int)],
	[67, S('pread64', K.fd, K.rbuf, K.ulong, K.long)], [68, S('pwrite64', K.fd, K.wbuf, K.ulong, K.long)],
	[69, S('preadv', K.fd, K.iovecOut, K.int, K.long)], [70, S('pwritev', K.fd, K.iovec, K.int, K.long)],
	[71, S('sendfile', K.fd, K.fd, K.loff, K.ulong)], [72, S('pselect6', K.int, K.ptr, K.ptr, K.ptr, K.timespec, K.ptr)],
	[73, { name: 'ppoll', args: [K.pollfds, K.uint, K.timespec, K.sigset, K.ulong], after: pollResult }],
	[74, S('signalfd4', K.fd, K.sigset, K.ulong, K.oflags0)], [75, S('vmsplice', K.fd, K.iovec, K.ulong, K.hex)],
	[76, S('splice', K.fd, K.ptr, K.fd, K.ptr, K.ulong, K.hex)], [77, S('tee', K.fd, K.fd, K.ulong, K.hex)],
	[78, S('readlinkat', K.dirfd, K.path, K.rbuf, K.ulong)], [79, S('newfstatat', K.dirfd, K.path, K.stat, K.atflags)],
	[80, S('fstat', K.fd, K.stat)], [81, S('sync')], [82, S('fsync', K.fd)], [83, S('fdatasync', K.fd)],
	[84, S('sync_file_range', K.fd, K.long, K.long, K.hex)], [85, S('timerfd_create', K.clock, K.oflags0)],
	[86, S('timerfd_settime', K.fd, K.hex, K.ptr, K.ptr)], [87, S('timerfd_gettime', K.fd, K.ptr)],
	[88, S('utimensat', K.dirfd, K.path, K.ptr, K.atflags)], [89, S('acct', K.path)], [90, S('capget', K.ptr, K.ptr)],
	[91, S('capset', K.ptr, K.ptr)], [92, S('personality', K.hex)], [93, S('exit', K.int)], [94, S('exit_group', K.int)],
	[95, S('waitid', K.int, K.int, K.ptr, K.waitopts, K.ptr)], [96, S('set_tid_address', K.ptr)], [97, S('unshare', K.hex)],
	[98, S('futex', K.ptr, K.hex, K.int, K.ptr, K.ptr, K.int)], [99, S('set_robust_list', K.ptr, K.ulong)],
	[100, S('get_robust_list', K.int, K.ptr, K.ptr)], [101, S('nanosleep', K.timespec, K.ptr)], [102, S('getitimer', K.int, K.ptr)],
	[103, S('setitimer', K.int, K.ptr, K.ptr)], [104, S('kexec_load', K.ulong, K.ulong, K.ptr, K.hex)],
	[105, S('init_module', K.ptr, K.ulong, K.str)], [106, S('delete_module', K.str, K.delmodflags)],
	[107, S('timer_create', K.clock, K.ptr, K.ptr)], [108, S('timer_gettime', K.int, K.ptr)], [109, S('timer_getoverrun', K.int)],
	[110, S('timer_settime', K.int, K.timerflags, K.ptr, K.ptr)], [111, S('timer_delete', K.int)],
	[112, S('clock_settime', K.clock, K.timespec)], [113, S('clock_gettime', K.clock, K.timespecOut)],
	[114, S('clock_getres', K.clock, K.timespecOut)], [115, S('clock_nanosleep', K.clock, K.timerflags, K.timespec, K.ptr)],
	[116, { name: 'syslog', args: a => [K.syslog, ...syslogArgs(int(a[0]))] }], [117, S('ptrace', K.int, K.int, K.ptr, K.ptr)],
	[118, S('sched_setparam', K.int, K.ptr)], [119, S('sched_setscheduler', K.int, K.int, K.ptr)], [120, S('sched_getscheduler', K.int)],
	[121, S('sched_getparam', K.int, K.ptr)], [122, S('sched_setaffinity', K.int, K.uint, K.ptr)],
	[123, S('sched_getaffinity', K.int, K.uint, K.ptr)], [124, S('sched_yield')], [125, S('sched_get_priority_max', K.int)],
	[126, S('sched_get_priority_min', K.int)], [127, S('sched_rr_get_interval', K.int, K.ptr)], [128, S('restart_syscall')],
	[129, S('kill', K.int, K.signal)], [130, S('tkill', K.int, K.signal)], [131, S('tgkill', K.int, K.int, K.signal)],
	[132, S('sigaltstack', K.ptr, K.ptr)], [133, S('rt_sigsuspend', K.sigset, K.ulong)],
	[134, S('rt_sigaction', K.signal, K.sigaction, K.sigactionOut, K.ulong)],
	[135, S('rt_sigprocmask', K.sighow, K.sigset, K.sigsetOut, K.ulong)], [136, S('rt_sigpending', K.sigsetOut, K.ulong)],
	[137, S('rt_sigtimedwait', K.sigset, K.ptr, K.timespec, K.ulong)], [138, S('rt_sigqueueinfo', K.int, K.signal, K.ptr)],
	// The rt_sigframe: struct siginfo, then the ucontext's uc_flags, uc_link and uc_stack.
	[139, { name: 'rt_sigreturn', args: [], sigreturn: 128 + 40 }], [140, S('setpriority', K.int, K.int, K.int)],
	[141, S('getpriority', K.int, K.int)],
	[142, { name: 'reboot', args: a => [K.rebootMagic1, K.rebootMagic2, K.rebootCmd, ...(int(a[2]) === -0x5e4d3c2c ? [K.str] : [])] }],
	[143, S('setregid', K.int, K.int)], [144, S('setgid', K.int)], [145, S('setreuid', K.int, K.int)], [146, S('setuid', K.int)],
	[147, S('setresuid', K.int, K.int, K.int)], [148, S('getresuid', K.intOut, K.intOut, K.intOut)],
	[149, S('setresgid', K.int, K.int, K.int)], [150, S('getresgid', K.intOut, K.intOut, K.intOut)], [151, S('setfsuid', K.int)],
	[152, S('setfsgid', K.int)], [153, S('times', K.ptr)], [154, S('setpgid', K.int, K.int)], [155, S('getpgid', K.int)],
	[156, S('getsid', K.int)], [157, S('setsid')], [158, S('getgroups', K.int, K.ptr)], [159, S('setgroups', K.int, K.ptr)],
	[160, S('uname', K.uname)], [161, S('sethostname', K.wbuf, K.int)], [162, S('setdomainname', K.wbuf, K.int)],
	[163, S('getrlimit', K.rlimitRes, K.rlimitOut)], [164, S('setrlimit', K.rlimitRes, K.rlimit)], [165, S('getrusage', K.int, K.ptr)],
	[166, S('umask', K.mode)], [167, { name: 'prctl', args: prctlArgs }], [168, S('getcpu', K.ptr, K.ptr, K.ptr)],
	[169, S('gettimeofday', K.ptr, K.ptr)], [170, S('settimeofday', K.ptr, K.ptr)], [171, S('adjtimex', K.ptr)],
	[172, S('getpid')], [173, S('getppid')], [174, S('getuid')], [175, S('geteuid')], [176, S('getgid')], [177, S('getegid')],
	[178, S('gettid')], [179, S('sysinfo', K.sysinfo)], [180, S('mq_open', K.str, K.oflags, K.mode, K.ptr)], [181, S('mq_unlink', K.str)],
	[182, S('mq_timedsend', K.int, K.wbuf, K.ulong, K.uint, K.ptr)], [183, S('mq_timedreceive', K.int, K.rbuf, K.ulong, K.ptr, K.ptr)],
	[184, S('mq_notify', K.int, K.ptr)], [185, S('mq_getsetattr', K.int, K.ptr, K.ptr)], [186, S('msgget', K.hex, K.hex)],
	[187, S('msgctl', K.int, K.int, K.ptr)], [188, S('msgrcv', K.int, K.ptr, K.ulong, K.long, K.hex)],
	[189, S('msgsnd', K.int, K.ptr, K.ulong, K.hex)], [190, S('semget', K.hex, K.int, K.hex)], [191, S('semctl', K.int, K.int, K.int, K.hex)],
	[192, S('semtimedop', K.int, K.ptr, K.ulong, K.ptr)], [193, S('semop', K.int, K.ptr, K.ulong)], [194, S('shmget', K.hex, K.ulong, K.hex)],
	[195, S('shmctl', K.int, K.int, K.ptr)], [196, { name: 'shmat', args: [K.int, K.ptr, K.hex], result: 'hex' }], [197, S('shmdt', K.ptr)],
	[198, S('socket', K.int, K.hex, K.int)], [199, S('socketpair', K.int, K.hex, K.int, K.ptr)], [200, S('bind', K.fd, K.ptr, K.int)],
	[201, S('listen', K.fd, K.int)], [202, S('accept', K.fd, K.ptr, K.ptr)], [203, S('connect', K.fd, K.ptr, K.int)],
	[204, S('getsockname', K.fd, K.ptr, K.ptr)], [205, S('getpeername', K.fd, K.ptr, K.ptr)],
	[206, S('sendto', K.fd, K.wbuf, K.ulong, K.hex, K.ptr, K.int)], [207, S('recvfrom', K.fd, K.rbuf, K.ulong, K.hex, K.ptr, K.ptr)],
	[208, S('setsockopt', K.fd, K.int, K.int, K.ptr, K.int)], [209, S('getsockopt', K.fd, K.int, K.int, K.ptr, K.ptr)],
	[210, S('shutdown', K.fd, K.int)], [211, S('sendmsg', K.fd, K.ptr, K.hex)], [212, S('recvmsg', K.fd, K.ptr, K.hex)],
	[213, S('readahead', K.fd, K.long, K.ulong)], [214, { name: 'brk', args: [K.ptr], result: 'hex' }], [215, S('munmap', K.ptr, K.ulong)],
	[216, { name: 'mremap', args: [K.ptr, K.ulong, K.ulong, K.hex, K.ptr], result: 'hex' }],
	[217, S('add_key', K.str, K.str, K.ptr, K.ulong, K.int)], [218, S('request_key', K.str, K.str, K.str, K.int)],
	[219, S('keyctl', K.int, K.hex, K.hex, K.hex, K.hex)], [220, { name: 'clone', args: [], custom: cloneArgs }],
	[221, S('execve', K.path, K.argv, K.envp)],
	[222, { name: 'mmap', args: [K.ptr, K.ulong, K.prot, K.mapflags, K.fd, K.offset], result: 'hex' }],
	[223, S('fadvise64', K.fd, K.long, K.long, K.int)], [224, S('swapon', K.path, K.hex)], [225, S('swapoff', K.path)],
	[226, S('mprotect', K.ptr, K.ulong, K.prot)], [227, S('msync', K.ptr, K.ulong, K.hex)], [228, S('mlock', K.ptr, K.ulong)],
	[229, S('munlock', K.ptr, K.ulong)], [230, S('mlockall', K.hex)], [231, S('munlockall')], [232, S('mincore', K.ptr, K.ulong, K.ptr)],
	[233, S('madvise', K.ptr, K.ulong, K.int)], [234, S('remap_file_pages', K.ptr, K.ulong, K.hex, K.ulong, K.hex)],
	[235, S('mbind', K.ptr, K.ulong, K.int, K.ptr, K.ulong, K.hex)], [236, S('get_mempolicy', K.ptr, K.ptr, K.ulong, K.ptr, K.hex)],
	[237, S('set_mempolicy', K.int, K.ptr, K.ulong)], [238, S('migrate_pages', K.int, K.ulong, K.ptr, K.ptr)],
	[239, S('move_pages', K.int, K.ulong, K.ptr, K.ptr, K.ptr, K.hex)], [240, S('rt_tgsigqueueinfo', K.int, K.int, K.signal, K.ptr)],
	[241, S('perf_event_open', K.ptr, K.int, K.int, K.int, K.hex)], [242, S('accept4', K.fd, K.ptr, K.ptr, K.hex)],
	[243, S('recvmmsg', K.fd, K.ptr, K.uint, K.hex, K.ptr)], [260, S('wait4', K.int, K.wstatus, K.waitopts, K.ptr)],
	[261, S('prlimit64', K.int, K.rlimitRes, K.rlimit, K.rlimitOut)], [262, S('fanotify_init', K.hex, K.hex)],
	[263, S('fanotify_mark', K.fd, K.hex, K.hex, K.dirfd, K.path)], [264, S('name_to_handle_at', K.dirfd, K.path, K.ptr, K.ptr, K.atflags)],
	[265, S('open_by_handle_at', K.fd, K.ptr, K.oflags)], [266, S('clock_adjtime', K.clock, K.ptr)], [267, S('syncfs', K.fd)],
	[268, S('setns', K.fd, K.hex)], [269, S('sendmmsg', K.fd, K.ptr, K.uint, K.hex)],
	[270, S('process_vm_readv', K.int, K.ptr, K.ulong, K.ptr, K.ulong, K.hex)], [271, S('process_vm_writev', K.int, K.ptr, K.ulong, K.ptr, K.ulong, K.hex)],
	[272, S('kcmp', K.int, K.int, K.int, K.hex, K.hex)], [273, S('finit_module', K.fd, K.str, K.modflags)],
	[274, S('sched_setattr', K.int, K.ptr, K.hex)], [275, S('sched_getattr', K.int, K.ptr, K.uint, K.hex)],
	[276, S('renameat2', K.dirfd, K.path, K.dirfd, K.path, K.hex)], [277, S('seccomp', K.uint, K.hex, K.ptr)],
	[278, S('getrandom', K.rbuf, K.ulong, K.grnd)], [279, S('memfd_create', K.str, K.hex)], [280, S('bpf', K.int, K.ptr, K.uint)],
	[281, S('execveat', K.dirfd, K.path, K.argv, K.envp, K.atflags)], [282, S('userfaultfd', K.oflags0)],
	[283, S('membarrier', K.int, K.hex, K.int)], [284, S('mlock2', K.ptr, K.ulong, K.hex)],
	[285, S('copy_file_range', K.fd, K.ptr, K.fd, K.ptr, K.ulong, K.hex)], [286, S('preadv2', K.fd, K.iovecOut, K.int, K.long, K.hex)],
	[287, S('pwritev2', K.fd, K.iovec, K.int, K.long, K.hex)], [288, S('pkey_mprotect', K.ptr, K.ulong, K.prot, K.int)],
	[289, S('pkey_alloc', K.hex, K.hex)], [290, S('pkey_free', K.int)], [291, S('statx', K.dirfd, K.path, K.atflags, K.hex, K.ptr)],
	[292, S('io_pgetevents', K.hex, K.long, K.long, K.ptr, K.ptr, K.ptr)], [293, S('rseq', K.ptr, K.hex, K.int, K.hex)],
	[294, S('kexec_file_load', K.fd, K.fd, K.ulong, K.str, K.hex)], [424, S('pidfd_send_signal', K.fd, K.signal, K.ptr, K.hex)],
	[425, S('io_uring_setup', K.uint, K.ptr)], [426, S('io_uring_enter', K.fd, K.uint, K.uint, K.hex, K.ptr, K.ulong)],
	[427, S('io_uring_register', K.fd, K.uint, K.ptr, K.uint)], [428, S('open_tree', K.dirfd, K.path, K.hex)],
	[429, S('move_mount', K.dirfd, K.path, K.dirfd, K.path, K.hex)], [430, S('fsopen', K.str, K.hex)],
	[431, S('fsconfig', K.fd, K.uint, K.str, K.ptr, K.int)], [432, S('fsmount', K.fd, K.hex, K.hex)], [433, S('fspick', K.dirfd, K.path, K.hex)],
	[434, S('pidfd_open', K.int, K.hex)], [435, S('clone3', K.ptr, K.ulong)], [436, S('close_range', K.fd, K.fd, K.hex)],
	[437, S('openat2', K.dirfd, K.path, K.ptr, K.ulong)], [438, S('pidfd_getfd', K.fd, K.fd, K.hex)],
	[439, S('faccessat2', K.dirfd, K.path, K.amode, K.atflags)], [440, S('process_madvise', K.fd, K.ptr, K.ulong, K.int, K.hex)],
	[441, S('epoll_pwait2', K.fd, K.ptr, K.int, K.ptr, K.ptr, K.ulong)], [442, S('mount_setattr', K.dirfd, K.path, K.atflags, K.ptr, K.ulong)],
	[443, S('quotactl_fd', K.fd, K.hex, K.int, K.ptr)], [444, S('landlock_create_ruleset', K.ptr, K.ulong, K.hex)],
	[445, S('landlock_add_rule', K.fd, K.int, K.ptr, K.hex)], [446, S('landlock_restrict_self', K.fd, K.hex)],
	[447, S('memfd_secret', K.hex)], [448, S('process_mrelease', K.fd, K.hex)], [449, S('futex_waitv', K.ptr, K.uint, K.hex, K.ptr, K.clock)],
	[450, S('set_mempolicy_home_node', K.ulong, K.ulong, K.ulong, K.hex)],
];

const table = new Map(list);
const byName = new Map(list.map(([, spec]) => [spec.name, spec]));

/** arm64's call of this name, for another architecture's table. */
export const genericSpec = (name: string): SyscallSpec | undefined => byName.get(name);

/** A call the table does not know: strace's syscall_<hex> with six raw arguments. */
export const unknownSpec = (nr: number): SyscallSpec => ({ name: `syscall_${hex(BigInt(nr))}`, args: [K.hex, K.hex, K.hex, K.hex, K.hex, K.hex] });

export const arm64Syscalls: SyscallTable = {
	spec: nr => table.get(nr) ?? unknownSpec(nr),
	exitCalls: new Set([93, 94]),
};
