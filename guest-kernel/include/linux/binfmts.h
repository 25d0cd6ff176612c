/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/resource.h>

#define BINPRM_BUF_SIZE		256
#define MAX_ARG_STRLEN		(PAGE_SIZE * 32)
#define MAX_ARG_STRINGS		0x7FFFFFFF
#define ARG_MAX			131072

struct file;
struct mm_struct;
struct vm_area_struct;

/* An exec in progress: the new address space and what goes on its stack. */
struct linux_binprm {
	struct vm_area_struct *vma;	/* the new stack */
	struct mm_struct *mm;
	unsigned long p;		/* lowest string so far, then the stack pointer */
	unsigned long argmin;		/* strings may not go below */
	struct file *executable;
	struct file *interpreter;	/* set by binfmt_script: exec this next */
	struct file *file;
	int argc, envc;
	const char *filename;		/* as given: comm, AT_EXECFN */
	const char *interp;		/* what actually runs */
	unsigned long exec;		/* the filename string on the new stack */
	struct rlimit rlim_stack;
	char buf[BINPRM_BUF_SIZE];
};

struct linux_binfmt {
	struct list_head lh;
	int (*load_binary)(struct linux_binprm *);
};

void register_binfmt(struct linux_binfmt *fmt);
void insert_binfmt(struct linux_binfmt *fmt);
int remove_arg_zero(struct linux_binprm *bprm);
int copy_string_kernel(const char *arg, struct linux_binprm *bprm);
int begin_new_exec(struct linux_binprm *bprm);
void setup_new_exec(struct linux_binprm *bprm);
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top,
		    int executable_stack);
struct file *open_exec(const char *name);
void finalize_exec(struct linux_binprm *bprm);
int arch_setup_additional_pages(struct linux_binprm *bprm, int uses_interp);

#endif
