// SPDX-License-Identifier: GPL-2.0
/*
 * The system call table of 32-bit ARM, by the EABI numbers of Debian's
 * <asm/unistd-eabi.h>: the generic calls, then the older ones and the
 * 32-bit ABI's own (sys_arm.c, fs/stat.c's stat64). What is not listed
 * is sys_ni_syscall (-ENOSYS). The calls with 32-bit time layouts are
 * the _time32 ones (CONFIG_COMPAT_32BIT_TIME), their _time64 twins the
 * generic ones.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <generated/unistd-eabi.h>
#include <asm/syscall.h>

#define SYSCALLS(X) \
	X(__NR_ugetrlimit, getrlimit) \
	X(__NR_getcwd, getcwd) \
	X(__NR_dup, dup) \
	X(__NR_dup3, dup3) \
	X(__NR_fcntl, fcntl) \
	X(__NR_ioctl, ioctl) \
	X(__NR_flock, flock) \
	X(__NR_mknodat, mknodat) \
	X(__NR_mkdirat, mkdirat) \
	X(__NR_unlinkat, unlinkat) \
	X(__NR_symlinkat, symlinkat) \
	X(__NR_linkat, linkat) \
	X(__NR_renameat, renameat) \
	X(__NR_umount2, umount) \
	X(__NR_mount, mount) \
	X(__NR_statfs, statfs) \
	X(__NR_fstatfs, fstatfs) \
	X(__NR_truncate, truncate) \
	X(__NR_ftruncate, ftruncate) \
	X(__NR_fallocate, fallocate) \
	X(__NR_faccessat, faccessat) \
	X(__NR_faccessat2, faccessat2) \
	X(__NR_chdir, chdir) \
	X(__NR_fchdir, fchdir) \
	X(__NR_chroot, chroot) \
	X(__NR_fchmod, fchmod) \
	X(__NR_fchmodat, fchmodat) \
	X(__NR_fchownat, fchownat) \
	X(__NR_fchown, fchown) \
	X(__NR_openat, openat) \
	X(__NR_close, close) \
	X(__NR_pipe2, pipe2) \
	X(__NR_getdents64, getdents64) \
	X(__NR_lseek, lseek) \
	X(__NR_read, read) \
	X(__NR_write, write) \
	X(__NR_readv, readv) \
	X(__NR_writev, writev) \
	X(__NR_pread64, pread64) \
	X(__NR_pwrite64, pwrite64) \
	X(__NR_preadv, preadv) \
	X(__NR_pwritev, pwritev) \
	X(__NR_readlinkat, readlinkat) \
	X(__NR_fstat, newfstat) \
	X(__NR_sync, sync) \
	X(__NR_fsync, fsync) \
	X(__NR_fdatasync, fdatasync) \
	X(__NR_capget, capget) \
	X(__NR_capset, capset) \
	X(__NR_personality, personality) \
	X(__NR_exit, exit) \
	X(__NR_exit_group, exit_group) \
	X(__NR_waitid, waitid) \
	X(__NR_set_tid_address, set_tid_address) \
	X(__NR_futex, futex) \
	X(__NR_set_robust_list, set_robust_list) \
	X(__NR_get_robust_list, get_robust_list) \
	X(__NR_getitimer, getitimer) \
	X(__NR_init_module, init_module) \
	X(__NR_delete_module, delete_module) \
	X(__NR_setitimer, setitimer) \
	X(__NR_syslog, syslog) \
	X(__NR_sched_setparam, sched_setparam) \
	X(__NR_sched_setscheduler, sched_setscheduler) \
	X(__NR_sched_getscheduler, sched_getscheduler) \
	X(__NR_sched_getparam, sched_getparam) \
	X(__NR_sched_setaffinity, sched_setaffinity) \
	X(__NR_sched_getaffinity, sched_getaffinity) \
	X(__NR_sched_yield, sched_yield) \
	X(__NR_sched_get_priority_max, sched_get_priority_max) \
	X(__NR_sched_get_priority_min, sched_get_priority_min) \
	X(__NR_restart_syscall, restart_syscall) \
	X(__NR_kill, kill) \
	X(__NR_tkill, tkill) \
	X(__NR_tgkill, tgkill) \
	X(__NR_sigaltstack, sigaltstack) \
	X(__NR_rt_sigsuspend, rt_sigsuspend) \
	X(__NR_rt_sigaction, rt_sigaction) \
	X(__NR_rt_sigprocmask, rt_sigprocmask) \
	X(__NR_rt_sigpending, rt_sigpending) \
	X(__NR_rt_sigreturn, rt_sigreturn) \
	X(__NR_setpriority, setpriority) \
	X(__NR_getpriority, getpriority) \
	X(__NR_reboot, reboot) \
	X(__NR_setregid, setregid) \
	X(__NR_setgid, setgid) \
	X(__NR_setreuid, setreuid) \
	X(__NR_setuid, setuid) \
	X(__NR_setresuid, setresuid) \
	X(__NR_getresuid, getresuid) \
	X(__NR_setresgid, setresgid) \
	X(__NR_getresgid, getresgid) \
	X(__NR_setfsuid, setfsuid) \
	X(__NR_setfsgid, setfsgid) \
	X(__NR_times, times) \
	X(__NR_setpgid, setpgid) \
	X(__NR_getpgid, getpgid) \
	X(__NR_getsid, getsid) \
	X(__NR_setsid, setsid) \
	X(__NR_getgroups, getgroups) \
	X(__NR_setgroups, setgroups) \
	X(__NR_uname, newuname) \
	X(__NR_sethostname, sethostname) \
	X(__NR_setdomainname, setdomainname) \
	X(__NR_setrlimit, setrlimit) \
	X(__NR_getrusage, getrusage) \
	X(__NR_umask, umask) \
	X(__NR_prctl, prctl) \
	X(__NR_getcpu, getcpu) \
	X(__NR_gettimeofday, gettimeofday) \
	X(__NR_settimeofday, settimeofday) \
	X(__NR_getpid, getpid) \
	X(__NR_getppid, getppid) \
	X(__NR_getuid, getuid) \
	X(__NR_geteuid, geteuid) \
	X(__NR_getgid, getgid) \
	X(__NR_getegid, getegid) \
	X(__NR_gettid, gettid) \
	X(__NR_sysinfo, sysinfo) \
	X(__NR_brk, brk) \
	X(__NR_munmap, munmap) \
	X(__NR_mremap, mremap) \
	X(__NR_clone, clone) \
	X(__NR_execve, execve) \
	X(__NR_mprotect, mprotect) \
	X(__NR_msync, msync) \
	X(__NR_mlock, mlock) \
	X(__NR_munlock, munlock) \
	X(__NR_mlockall, mlockall) \
	X(__NR_munlockall, munlockall) \
	X(__NR_madvise, madvise) \
	X(__NR_wait4, wait4) \
	X(__NR_prlimit64, prlimit64) \
	X(__NR_syncfs, syncfs) \
	X(__NR_finit_module, finit_module) \
	X(__NR_renameat2, renameat2) \
	X(__NR_getrandom, getrandom) \
	X(__NR_execveat, execveat)

#define LEGACY_SYSCALLS(X)						\
	X(__NR_open, open)						\
	X(__NR_creat, creat)						\
	X(__NR_access, access)						\
	X(__NR_unlink, unlink)						\
	X(__NR_rmdir, rmdir)						\
	X(__NR_mkdir, mkdir)						\
	X(__NR_mknod, mknod)						\
	X(__NR_rename, rename)						\
	X(__NR_link, link)						\
	X(__NR_symlink, symlink)					\
	X(__NR_chmod, chmod)						\
	X(__NR_chown32, chown)						\
	X(__NR_lchown32, lchown)					\
	X(__NR_fchown32, fchown)					\
	X(__NR_readlink, readlink)					\
	X(__NR_pipe, pipe)						\
	X(__NR_dup2, dup2)						\
	X(__NR_fork, fork)						\
	X(__NR_vfork, vfork)						\
	X(__NR_getpgrp, getpgrp)					\
	X(__NR__llseek, llseek)						\
	X(__NR_fcntl64, fcntl)						\
	X(__NR_stat64, stat64)						\
	X(__NR_lstat64, lstat64)					\
	X(__NR_fstat64, fstat64)					\
	X(__NR_fstatat64, fstatat64)					\
	X(__NR_statfs64, arm_statfs64)					\
	X(__NR_fstatfs64, arm_fstatfs64)				\
	X(__NR_statx, statx)						\
	X(__NR_getuid32, getuid)					\
	X(__NR_getgid32, getgid)					\
	X(__NR_geteuid32, geteuid)					\
	X(__NR_getegid32, getegid)					\
	X(__NR_setuid32, setuid)					\
	X(__NR_setgid32, setgid)					\
	X(__NR_setreuid32, setreuid)					\
	X(__NR_setregid32, setregid)					\
	X(__NR_setresuid32, setresuid)					\
	X(__NR_getresuid32, getresuid)					\
	X(__NR_setresgid32, setresgid)					\
	X(__NR_getresgid32, getresgid)					\
	X(__NR_getgroups32, getgroups)					\
	X(__NR_setgroups32, setgroups)					\
	X(__NR_setfsuid32, setfsuid)					\
	X(__NR_setfsgid32, setfsgid)					\
	X(__NR_clock_gettime64, clock_gettime)				\
	X(__NR_clock_settime64, clock_settime)				\
	X(__NR_clock_getres_time64, clock_getres)			\
	X(__NR_clock_nanosleep_time64, clock_nanosleep)			\
	X(__NR_utimensat_time64, utimensat)				\
	X(__NR_pselect6_time64, pselect6)				\
	X(__NR_ppoll_time64, ppoll)					\
	X(__NR_rt_sigtimedwait_time64, rt_sigtimedwait)			\
	X(__NR_futex_time64, futex)					\
	X(__NR_sigreturn, sigreturn)					\
	X(__NR_nanosleep, nanosleep_time32)				\
	X(__NR_clock_gettime, clock_gettime32)				\
	X(__NR_clock_settime, clock_settime32)				\
	X(__NR_clock_getres, clock_getres_time32)			\
	X(__NR_clock_nanosleep, clock_nanosleep_time32)			\
	X(__NR_utimensat, utimensat_time32)				\
	X(__NR_poll, poll)						\
	X(__NR_sendfile64, sendfile64)

/* Only addresses are taken here: any prototype will do. */
#define DECLARE_SYSCALL(nr, name) asmlinkage long sys_##name(void);
#define TABLE_ENTRY(nr, name) [nr] = (syscall_fn_t)sys_##name,

SYSCALLS(DECLARE_SYSCALL)
LEGACY_SYSCALLS(DECLARE_SYSCALL)
asmlinkage long sys_mmap2(void);

const syscall_fn_t sys_call_table[NR_syscalls] = {
	[0 ... NR_syscalls - 1] = (syscall_fn_t)sys_ni_syscall,
	SYSCALLS(TABLE_ENTRY)
	LEGACY_SYSCALLS(TABLE_ENTRY)
	[__NR_mmap2] = (syscall_fn_t)sys_mmap2,
};
