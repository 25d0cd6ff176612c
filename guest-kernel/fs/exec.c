// SPDX-License-Identifier: GPL-2.0
/*
 * execve(): build the new program's address space while the old one
 * still exists (argument strings are copied straight onto the new
 * stack, top down, as Linux does), let a binary format (ELF, "#!")
 * load it, and only then replace the old one: after begin_new_exec()
 * there is no way back, so errors there kill the task.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/dcache.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/mmu_context.h>
#include "internal.h"

static LIST_HEAD(formats);

void register_binfmt(struct linux_binfmt *fmt)
{
	list_add_tail(&fmt->lh, &formats);
}

void insert_binfmt(struct linux_binfmt *fmt)
{
	list_add(&fmt->lh, &formats);
}

/* argv/envp: user pointers, or a kernel array (kernel_execve for init). */
struct user_arg_ptr {
	bool is_kernel;
	union {
		const char __user *const __user *user;
		const char *const *kernel;
	} ptr;
};

static const char __user *get_user_arg_ptr(struct user_arg_ptr argv, int nr)
{
	const char __user *native;

	if (argv.is_kernel)
		return (const char __user *)argv.ptr.kernel[nr];
	if (get_user(native, argv.ptr.user + nr))
		return ERR_PTR(-EFAULT);
	return native;
}

static int count(struct user_arg_ptr argv, int max)
{
	int i = 0;

	if (!argv.ptr.user)
		return 0;
	for (;;) {
		const char __user *p = get_user_arg_ptr(argv, i);

		if (!p)
			break;
		if (IS_ERR(p))
			return -EFAULT;
		if (i >= max)
			return -E2BIG;
		++i;
	}
	return i;
}

static long arg_strnlen(bool is_kernel, const char __user *s)
{
	if (is_kernel)
		return strnlen((const char *)s, MAX_ARG_STRLEN) + 1;
	return strnlen_user(s, MAX_ARG_STRLEN);
}

/* Put len bytes at bprm->p (going down) in the new address space. */
static int push_bytes(struct linux_binprm *bprm, const void *src, long len)
{
	if (bprm->p < bprm->argmin + len)
		return -E2BIG;
	bprm->p -= len;
	return copy_to_mm(bprm->mm, bprm->p, src, len) ? -EFAULT : 0;
}

/* Strings argv[argc-1] .. argv[0] (so argv[0] ends up lowest). */
static int copy_strings(int argc, struct user_arg_ptr argv,
			struct linux_binprm *bprm)
{
	char *kbuf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	int ret = 0;

	if (!kbuf)
		return -ENOMEM;
	while (argc-- > 0) {
		const char __user *str = get_user_arg_ptr(argv, argc);
		long len, done;

		ret = -EFAULT;
		if (IS_ERR(str))
			break;
		len = arg_strnlen(argv.is_kernel, str);
		if (!len)
			break;
		ret = -E2BIG;
		if (len > MAX_ARG_STRLEN || bprm->p < bprm->argmin + len)
			break;
		/* copy through kbuf, last chunk first, so p moves down */
		for (done = len; done > 0; ) {
			long chunk = min(done, (long)PAGE_SIZE);
			const char __user *from = str + done - chunk;

			if (argv.is_kernel)
				memcpy(kbuf, (const char *)from, chunk);
			else if (copy_from_user(kbuf, from, chunk)) {
				ret = -EFAULT;
				goto out;
			}
			ret = push_bytes(bprm, kbuf, chunk);
			if (ret)
				goto out;
			done -= chunk;
		}
		ret = 0;
	}
out:
	kfree(kbuf);
	return ret;
}

int copy_string_kernel(const char *arg, struct linux_binprm *bprm)
{
	return push_bytes(bprm, arg, strlen(arg) + 1);
}

/* Drop argv[0] (binfmt_script replaces it); the next string follows its NUL. */
int remove_arg_zero(struct linux_binprm *bprm)
{
	char c;

	if (!bprm->argc)
		return 0;
	do {
		if (copy_from_mm(bprm->mm, &c, bprm->p, 1))
			return -EFAULT;
		bprm->p++;
	} while (c);
	bprm->argc--;
	return 0;
}

#ifndef STACK_RND_MASK
#define STACK_RND_MASK	(0x7ff >> (PAGE_SHIFT - 12))	/* 8 MiB of VA */
#endif

/*
 * As Linux's randomize_stack_top() (randomize_va_space 2): the stack's top
 * a random number of pages below stack_top. Only where the architecture
 * has its stack randomized (32-bit ARM: its sigpage goes above the stack);
 * arm64's stays at the top, as before.
 */
static unsigned long randomize_stack_top(unsigned long stack_top)
{
#ifdef CONFIG_RANDOMIZE_STACK_TOP
	return PAGE_ALIGN(stack_top) - ((get_random_u32() & STACK_RND_MASK) << PAGE_SHIFT);
#else
	return PAGE_ALIGN(stack_top);
#endif
}

/* The new address space with one stack page at the (randomized) top. */
static int bprm_mm_init(struct linux_binprm *bprm)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma;

	if (!mm)
		return -ENOMEM;
	bprm->mm = mm;
	bprm->rlim_stack = current->signal->rlim[RLIMIT_STACK];
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_end = randomize_stack_top(STACK_TOP_MAX);
	vma->vm_start = vma->vm_end - PAGE_SIZE;
	vma->vm_flags = VM_STACK_FLAGS;
	vma->vm_pgoff = vma->vm_start >> PAGE_SHIFT;
	insert_vm_struct(mm, vma);
	mm->stack_vm = mm->total_vm = 1;
	bprm->vma = vma;
	bprm->p = vma->vm_end - sizeof(void *);
	return 0;
}

/* Arguments may use a quarter of the stack limit (at least ARG_MAX). */
static int bprm_stack_limits(struct linux_binprm *bprm)
{
	unsigned long limit, ptr_size;

	limit = _STK_LIM / 4 * 3;
	limit = min(limit, bprm->rlim_stack.rlim_cur / 4);
	limit = max(limit, (unsigned long)ARG_MAX);
	ptr_size = (max(bprm->argc, 1) + bprm->envc) * sizeof(void *);
	if (limit <= ptr_size)
		return -E2BIG;
	limit -= ptr_size;
	bprm->argmin = bprm->p - limit;
	return 0;
}

struct file *open_exec(const char *name)
{
	struct file *file = filp_open(name, O_LARGEFILE | O_RDONLY, 0);
	int err;

	if (IS_ERR(file))
		return file;
	err = -EACCES;
	if (!S_ISREG(file_inode(file)->i_mode))
		goto exit;
	if (file->f_path.mnt->mnt_flags & MNT_NOEXEC)
		goto exit;
	err = inode_permission(&init_user_ns, file_inode(file), MAY_EXEC);
	if (err)
		goto exit;
	file->f_mode |= FMODE_EXEC;
	return file;
exit:
	fput(file);
	return ERR_PTR(err);
}

/* The old program goes: its address space, vfork parent, signal handlers. */
static void exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old_mm = tsk->mm;

	if (old_mm)
		mm_release(tsk, old_mm);
	tsk->mm = mm;
	tsk->active_mm = mm;
	cpu_switch_mm(mm->pgd);
	if (old_mm)
		mmput(old_mm);
}

int begin_new_exec(struct linux_binprm *bprm)
{
	struct task_struct *me = current;

	set_mm_exe_file(bprm->mm, bprm->file);
	exec_mmap(bprm->mm);
	bprm->mm = NULL;
	me->flags &= ~(PF_RANDOMIZE | PF_FORKNOEXEC | PF_KTHREAD);
	flush_thread();
	me->sas_ss_sp = me->sas_ss_size = 0;
	me->sas_ss_flags = SS_DISABLE;
	do_close_on_exec(me->files);
	__set_task_comm(me, kbasename(bprm->filename));
	flush_signal_handlers(me, 0);
	return 0;
}

void setup_new_exec(struct linux_binprm *bprm)
{
	struct mm_struct *mm = current->mm;
	unsigned long gap = bprm->rlim_stack.rlim_cur + (256UL << PAGE_SHIFT);

	/* mmap below the stack and a gap of at least 128 MiB, as Linux */
	gap = clamp(gap, 128UL << 20, STACK_TOP / 6 * 5);
	mm->mmap_base = PAGE_ALIGN(STACK_TOP - gap);
	mm->task_size = TASK_SIZE;
}

/* The stack vma is already at its final place: make it 128 KiB deeper. */
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top,
		    int executable_stack)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = bprm->vma;
	unsigned long stack_expand = 131072UL, stack_base, rlim_stack;

	if (executable_stack)
		vma->vm_flags |= VM_EXEC;
	mm->arg_start = bprm->p;
	rlim_stack = bprm->rlim_stack.rlim_cur & PAGE_MASK;
	if (vma->vm_end - vma->vm_start + stack_expand > rlim_stack)
		stack_base = vma->vm_end - rlim_stack;
	else
		stack_base = vma->vm_start - stack_expand;
	mm->start_stack = bprm->p;
	return expand_stack(vma, stack_base);
}

void finalize_exec(struct linux_binprm *bprm)
{
}

static int search_binary_handler(struct linux_binprm *bprm)
{
	struct linux_binfmt *fmt;
	loff_t pos = 0;
	int retval;

	memset(bprm->buf, 0, BINPRM_BUF_SIZE);
	retval = kernel_read(bprm->file, bprm->buf, BINPRM_BUF_SIZE, &pos);
	if (retval < 0)
		return retval;
	list_for_each_entry(fmt, &formats, lh) {
		retval = fmt->load_binary(bprm);
		if (retval != -ENOEXEC)
			return retval;
	}
	return -ENOEXEC;
}

/* Formats may hand over to an interpreter ("#!"); at most 5 deep. */
static int exec_binprm(struct linux_binprm *bprm)
{
	int depth, ret;

	for (depth = 0;; depth++) {
		struct file *exec;

		if (depth > 5)
			return -ELOOP;
		ret = search_binary_handler(bprm);
		if (ret < 0)
			return ret;
		if (!bprm->interpreter)
			break;
		exec = bprm->file;
		bprm->file = bprm->interpreter;
		bprm->interpreter = NULL;
		fput(exec);
	}
	return 0;
}

static void free_bprm(struct linux_binprm *bprm)
{
	if (bprm->mm)
		mmput(bprm->mm);
	if (bprm->file)
		fput(bprm->file);
	if (bprm->interpreter)
		fput(bprm->interpreter);
	if (bprm->interp != bprm->filename)
		kfree(bprm->interp);
	kfree(bprm);
}

static int do_execveat_common(int fd, const char *filename,
			      struct user_arg_ptr argv, struct user_arg_ptr envp)
{
	struct linux_binprm *bprm = kzalloc(sizeof(*bprm), GFP_KERNEL);
	int retval;

	if (!bprm)
		return -ENOMEM;
	bprm->filename = bprm->interp = filename;
	retval = bprm_mm_init(bprm);
	if (retval)
		goto out;
	retval = count(argv, MAX_ARG_STRINGS);
	if (retval < 0)
		goto out;
	bprm->argc = retval;
	retval = count(envp, MAX_ARG_STRINGS);
	if (retval < 0)
		goto out;
	bprm->envc = retval;
	retval = bprm_stack_limits(bprm);
	if (retval)
		goto out;
	retval = copy_string_kernel(bprm->filename, bprm);
	if (retval)
		goto out;
	bprm->exec = bprm->p;
	retval = copy_strings(bprm->envc, envp, bprm);
	if (!retval)
		retval = copy_strings(bprm->argc, argv, bprm);
	if (retval)
		goto out;

	bprm->file = open_exec(filename);
	if (IS_ERR(bprm->file)) {
		retval = PTR_ERR(bprm->file);
		bprm->file = NULL;
		goto out;
	}
	retval = exec_binprm(bprm);
	if (retval < 0 && !bprm->mm) {
		/* past the point of no return: nothing to go back to */
		force_sig(SIGSEGV);
		retval = -EFAULT;
	}
	if (retval >= 0) {
		current->flags &= ~PF_FORKNOEXEC;
		retval = 0;
	}
out:
	free_bprm(bprm);
	return retval;
}

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp)
{
	struct user_arg_ptr a = { .is_kernel = true, .ptr.kernel = argv };
	struct user_arg_ptr e = { .is_kernel = true, .ptr.kernel = envp };

	return do_execveat_common(AT_FDCWD, filename, a, e);
}

int do_execve(const char *filename, const char __user *const __user *argv,
	      const char __user *const __user *envp)
{
	struct user_arg_ptr a = { .ptr.user = argv };
	struct user_arg_ptr e = { .ptr.user = envp };

	return do_execveat_common(AT_FDCWD, filename, a, e);
}

SYSCALL_DEFINE3(execve, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	char *name = getname(filename);
	int ret;

	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = do_execve(name, argv, envp);
	putname(name);
	return ret;
}

SYSCALL_DEFINE5(execveat, int, fd, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp, int, flags)
{
	char *name;
	int ret;

	if (fd != AT_FDCWD || flags)
		return -EINVAL;	/* only the plain form */
	name = getname(filename);
	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = do_execve(name, argv, envp);
	putname(name);
	return ret;
}
