// SPDX-License-Identifier: GPL-2.0
/*
 * Usermode helpers, as Linux 6.1's kernel/umh.c: the kernel runs a user
 * program (modprobe for request_module()). The request goes to a worker
 * of system_unbound_wq, which starts a task with user_mode_thread();
 * that task execs the program (kernel_execve(), as PID 1 does). With
 * UMH_WAIT_PROC the worker waits for it and hands back its wait status;
 * with UMH_WAIT_EXEC the caller learns only whether the exec worked.
 * The helper inherits no open files: kthreadd's table has none.
 */
#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/fs_struct.h>
#include <linux/signal.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/umh.h>
#include <linux/workqueue.h>
#include <uapi/linux/sched.h>

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp);

static void call_usermodehelper_freeinfo(struct subprocess_info *info)
{
	if (info->cleanup)
		(*info->cleanup)(info);
	kfree(info);
}

/* Tell the waiter; if it gave up waiting (killed), the info is ours. */
static void umh_complete(struct subprocess_info *sub_info)
{
	struct completion *comp = xchg(&sub_info->complete, NULL);

	if (comp)
		complete(comp);
	else
		call_usermodehelper_freeinfo(sub_info);
}

/* The helper task: becomes the program, or exits with the error noted. */
static int call_usermodehelper_exec_async(void *data)
{
	struct subprocess_info *sub_info = data;
	int retval;

	/* the worker ignores every signal; the program starts with none ignored */
	flush_signal_handlers(current, 1);
	/* its own fs_struct (it was not cloned with CLONE_FS): default umask */
	current->fs->umask = 0022;

	retval = 0;
	if (sub_info->init)
		retval = sub_info->init(sub_info, NULL);
	if (!retval)
		retval = kernel_execve(sub_info->path,
				       (const char *const *)sub_info->argv,
				       (const char *const *)sub_info->envp);
	sub_info->retval = retval;
	/* with UMH_WAIT_PROC the worker completes after the wait */
	if (!(sub_info->wait & UMH_WAIT_PROC))
		umh_complete(sub_info);
	if (!retval)
		return 0;
	do_exit(0);
}

/* UMH_WAIT_PROC: the worker is the helper's parent and reaps it. */
static void call_usermodehelper_exec_sync(struct subprocess_info *sub_info)
{
	struct k_sigaction *sa = &current->sighand->action[SIGCHLD - 1];
	struct k_sigaction saved = *sa;
	pid_t pid;

	/* an ignored SIGCHLD would reap the child before we see its status */
	sa->sa.sa_handler = SIG_DFL;
	pid = user_mode_thread(call_usermodehelper_exec_async, sub_info,
			       SIGCHLD);
	if (pid < 0)
		sub_info->retval = pid;
	else
		kernel_wait(pid, &sub_info->retval);
	*sa = saved;
	umh_complete(sub_info);
}

static void call_usermodehelper_exec_work(struct work_struct *work)
{
	struct subprocess_info *sub_info =
		container_of(work, struct subprocess_info, work);
	pid_t pid;

	if (sub_info->wait & UMH_WAIT_PROC) {
		call_usermodehelper_exec_sync(sub_info);
		return;
	}
	/* kthreadd, which nobody waits for, becomes the parent */
	pid = user_mode_thread(call_usermodehelper_exec_async, sub_info,
			       CLONE_PARENT | SIGCHLD);
	if (pid < 0) {
		sub_info->retval = pid;
		umh_complete(sub_info);
	}
}

struct subprocess_info *call_usermodehelper_setup(const char *path,
		char **argv, char **envp, gfp_t gfp_mask,
		int (*init)(struct subprocess_info *info, struct cred *new),
		void (*cleanup)(struct subprocess_info *info), void *data)
{
	struct subprocess_info *sub_info;

	sub_info = kzalloc(sizeof(*sub_info), gfp_mask);
	if (!sub_info)
		return NULL;

	INIT_WORK(&sub_info->work, call_usermodehelper_exec_work);
	sub_info->path = path;
	sub_info->argv = argv;
	sub_info->envp = envp;
	sub_info->cleanup = cleanup;
	sub_info->init = init;
	sub_info->data = data;
	return sub_info;
}
EXPORT_SYMBOL(call_usermodehelper_setup);

int call_usermodehelper_exec(struct subprocess_info *sub_info, int wait)
{
	DECLARE_COMPLETION_ONSTACK(done);
	int retval = 0;

	if (!sub_info->path) {
		call_usermodehelper_freeinfo(sub_info);
		return -EINVAL;
	}
	/* (helpers are never disabled here: there is no suspend) */
	/* an empty path runs nothing (STATIC_USERMODEHELPER_PATH="") */
	if (strlen(sub_info->path) == 0)
		goto out;

	sub_info->complete = (wait == UMH_NO_WAIT) ? NULL : &done;
	sub_info->wait = wait;

	queue_work(system_unbound_wq, &sub_info->work);
	if (wait == UMH_NO_WAIT)	/* the helper frees sub_info */
		goto unlock;

	if (wait & UMH_KILLABLE) {
		retval = wait_for_completion_killable(&done);
		if (!retval)
			goto wait_done;
		/* umh_complete() will find no waiter and free sub_info */
		if (xchg(&sub_info->complete, NULL))
			goto unlock;
		/* it already completed: fall through */
	}
	wait_for_completion(&done);
wait_done:
	retval = sub_info->retval;
out:
	call_usermodehelper_freeinfo(sub_info);
unlock:
	return retval;
}
EXPORT_SYMBOL(call_usermodehelper_exec);

int call_usermodehelper(const char *path, char **argv, char **envp, int wait)
{
	struct subprocess_info *info;

	info = call_usermodehelper_setup(path, argv, envp, GFP_KERNEL,
					 NULL, NULL, NULL);
	if (!info)
		return -ENOMEM;
	return call_usermodehelper_exec(info, wait);
}
EXPORT_SYMBOL(call_usermodehelper);
