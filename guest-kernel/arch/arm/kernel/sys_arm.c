// SPDX-License-Identifier: GPL-2.0
/*
 * System calls on 32-bit ARM: invoke_syscall() (the number in r7, the
 * arguments in r0-r5 passed as the EABI passes them, so a 64-bit
 * argument arrives in its register pair), ARM's own calls at
 * __ARM_NR_BASE (set_tls, cacheflush), mmap2, and the older calls
 * armhf programs still make. The table is calls.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <generated/unistd-eabi.h>
#include <asm/cacheflush.h>
#include <asm/ptrace.h>
#include <asm/syscall.h>

#define __ARM_NR_BASE		0x0f0000
#define __ARM_NR_breakpoint	(__ARM_NR_BASE + 1)
#define __ARM_NR_cacheflush	(__ARM_NR_BASE + 2)
#define __ARM_NR_usr26		(__ARM_NR_BASE + 3)
#define __ARM_NR_usr32		(__ARM_NR_BASE + 4)
#define __ARM_NR_set_tls	(__ARM_NR_BASE + 5)
#define __ARM_NR_get_tls	(__ARM_NR_BASE + 6)

typedef long (*syscall6_fn_t)(long, long, long, long, long, long);



/*
 * The older calls armhf programs (glibc) still make, which the generic
 * table has only as *at calls or under other names: expressed through
 * those, as Linux's fs/ keeps them for __ARCH_WANT_SYS_* architectures.
 */
#define AT_FDCWD		-100
#define AT_SYMLINK_NOFOLLOW	0x100
#define AT_REMOVEDIR		0x200

asmlinkage long sys_openat(int dfd, const char __user *filename, int flags, umode_t mode);
asmlinkage long sys_faccessat(int dfd, const char __user *filename, int mode);
asmlinkage long sys_unlinkat(int dfd, const char __user *pathname, int flag);
asmlinkage long sys_mkdirat(int dfd, const char __user *pathname, umode_t mode);
asmlinkage long sys_mknodat(int dfd, const char __user *filename, umode_t mode, unsigned int dev);
asmlinkage long sys_renameat(int olddfd, const char __user *oldname, int newdfd,
			     const char __user *newname);
asmlinkage long sys_linkat(int olddfd, const char __user *oldname, int newdfd,
			   const char __user *newname, int flags);
asmlinkage long sys_symlinkat(const char __user *oldname, int newdfd,
			      const char __user *newname);
asmlinkage long sys_fchmodat(int dfd, const char __user *filename, umode_t mode);
asmlinkage long sys_fchownat(int dfd, const char __user *filename, uid_t user,
			     gid_t group, int flag);
asmlinkage long sys_readlinkat(int dfd, const char __user *path, char __user *buf, int bufsiz);
asmlinkage long sys_pipe2(int __user *fildes, int flags);
asmlinkage long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags);
asmlinkage long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg);
asmlinkage long sys_clone(unsigned long clone_flags, unsigned long newsp,
			  int __user *parent_tidptr, unsigned long tls,
			  int __user *child_tidptr);
asmlinkage long sys_getpgid(pid_t pid);

asmlinkage long sys_open(const char __user *filename, int flags, umode_t mode)
{
	return sys_openat(AT_FDCWD, filename, flags, mode);
}

asmlinkage long sys_creat(const char __user *pathname, umode_t mode)
{
	return sys_openat(AT_FDCWD, pathname, 01 | 0100 | 01000, mode);	/* O_WRONLY|O_CREAT|O_TRUNC */
}

asmlinkage long sys_access(const char __user *filename, int mode)
{
	return sys_faccessat(AT_FDCWD, filename, mode);
}

asmlinkage long sys_unlink(const char __user *pathname)
{
	return sys_unlinkat(AT_FDCWD, pathname, 0);
}

asmlinkage long sys_rmdir(const char __user *pathname)
{
	return sys_unlinkat(AT_FDCWD, pathname, AT_REMOVEDIR);
}

asmlinkage long sys_mkdir(const char __user *pathname, umode_t mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

asmlinkage long sys_mknod(const char __user *filename, umode_t mode, unsigned int dev)
{
	return sys_mknodat(AT_FDCWD, filename, mode, dev);
}

asmlinkage long sys_rename(const char __user *oldname, const char __user *newname)
{
	return sys_renameat(AT_FDCWD, oldname, AT_FDCWD, newname);
}

asmlinkage long sys_link(const char __user *oldname, const char __user *newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}

asmlinkage long sys_symlink(const char __user *oldname, const char __user *newname)
{
	return sys_symlinkat(oldname, AT_FDCWD, newname);
}

asmlinkage long sys_chmod(const char __user *filename, umode_t mode)
{
	return sys_fchmodat(AT_FDCWD, filename, mode);
}

asmlinkage long sys_chown(const char __user *filename, uid_t user, gid_t group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, 0);
}

asmlinkage long sys_lchown(const char __user *filename, uid_t user, gid_t group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, AT_SYMLINK_NOFOLLOW);
}

asmlinkage long sys_readlink(const char __user *path, char __user *buf, int bufsiz)
{
	return sys_readlinkat(AT_FDCWD, path, buf, bufsiz);
}

asmlinkage long sys_pipe(int __user *fildes)
{
	return sys_pipe2(fildes, 0);
}

/* dup2(): as dup3() but the same fd twice is that fd, if open */
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	if (oldfd == newfd)
		return sys_fcntl(oldfd, 1 /* F_GETFD */, 0) < 0 ? -EBADF : newfd;
	return sys_dup3(oldfd, newfd, 0);
}

asmlinkage long sys_fork(void)
{
	return sys_clone(17 /* SIGCHLD */, 0, NULL, 0, NULL);
}

asmlinkage long sys_vfork(void)
{
	return sys_clone(0x00004000 | 0x00000100 | 17, 0, NULL, 0, NULL);	/* CLONE_VFORK | CLONE_VM */
}

asmlinkage long sys_getpgrp(void)
{
	return sys_getpgid(0);
}

/* _llseek(): the 64-bit result written to *result */
asmlinkage long sys_llseek(unsigned int fd, unsigned long offset_high,
			   unsigned long offset_low, loff_t __user *result,
			   unsigned int whence)
{
	struct file *f = fget(fd);
	loff_t offset;
	long ret = -EINVAL;

	if (!f)
		return -EBADF;
	if (whence <= SEEK_MAX) {
		offset = vfs_llseek(f, ((loff_t)offset_high << 32) | offset_low, whence);
		ret = offset;
		if (offset >= 0)
			ret = copy_to_user(result, &offset, sizeof(offset)) ? -EFAULT : 0;
	}
	fput(f);
	return ret;
}

asmlinkage long sys_mmap(unsigned long addr, unsigned long len,
			 unsigned long prot, unsigned long flags,
			 unsigned long fd, unsigned long off);

/* mmap2: the offset in 4 KiB units (ARM's only mmap) */
asmlinkage long sys_mmap2(unsigned long addr, unsigned long len,
			  unsigned long prot, unsigned long flags,
			  unsigned long fd, unsigned long pgoff)
{
	return sys_mmap(addr, len, prot, flags, fd, pgoff << PAGE_SHIFT);
}


/* syscall_debug: say once per number when a program calls one we lack. */
static bool syscall_debug;
core_param(syscall_debug, syscall_debug, bool, 0644);

static unsigned long reported[(NR_syscalls + BITS_PER_LONG - 1) / BITS_PER_LONG + 1];

asmlinkage long sys_ni_syscall(void)
{
	int nr = current_pt_regs()->ARM_r7;
	unsigned int slot = nr >= 0 && nr < NR_syscalls ? nr : NR_syscalls;

	if (syscall_debug && !(reported[slot / BITS_PER_LONG] & BIT(slot % BITS_PER_LONG))) {
		reported[slot / BITS_PER_LONG] |= BIT(slot % BITS_PER_LONG);
		pr_info("%s[%d]: unknown syscall %d\n", current->comm,
			task_pid_nr(current), nr);
	}
	return -ENOSYS;
}

/* ARM's private calls (Linux/arm's arm_syscall()) */
static long arm_syscall(int no, struct pt_regs *regs)
{
	switch (no) {
	case __ARM_NR_cacheflush:
		flush_icache_range(regs->ARM_r0, regs->ARM_r1);
		return 0;
	case __ARM_NR_usr32:
		return 0;
	case __ARM_NR_set_tls:
		current->thread_info.tp_value[0] = regs->ARM_r0;
		return 0;
	case __ARM_NR_get_tls:
		return current->thread_info.tp_value[0];
	default:
		return sys_ni_syscall();
	}
}

asmlinkage void invoke_syscall(struct pt_regs *regs)
{
	unsigned int scno = regs->ARM_r7;
	long ret;

	current->thread_info.abi_syscall = scno;
	local_irq_enable();
	if (scno < NR_syscalls)
		ret = ((syscall6_fn_t)sys_call_table[scno])(regs->ARM_r0,
				regs->ARM_r1, regs->ARM_r2, regs->ARM_r3,
				regs->ARM_r4, regs->ARM_r5);
	else if (scno >= __ARM_NR_BASE && scno < __ARM_NR_BASE + 0x800)
		ret = arm_syscall(scno, regs);
	else
		ret = sys_ni_syscall();
	regs->ARM_r0 = ret;
}

/*
 * statfs64 and fstatfs64 as Linux/arm's entry wrappers take them: EABI
 * programs pass 88, the size of their struct statfs64 with its tail
 * padding, for the kernel's packed 84.
 */
struct statfs64;
asmlinkage long sys_statfs64(const char __user *pathname, size_t sz,
			     struct statfs64 __user *buf);
asmlinkage long sys_fstatfs64(unsigned int fd, size_t sz,
			      struct statfs64 __user *buf);

SYSCALL_DEFINE3(arm_statfs64, const char __user *, pathname, size_t, sz,
		struct statfs64 __user *, buf)
{
	return sys_statfs64(pathname, sz == 88 ? 84 : sz, buf);
}

SYSCALL_DEFINE3(arm_fstatfs64, unsigned int, fd, size_t, sz,
		struct statfs64 __user *, buf)
{
	return sys_fstatfs64(fd, sz == 88 ? 84 : sz, buf);
}
