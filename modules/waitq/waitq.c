// SPDX-License-Identifier: GPL-2.0
/*
 * Sleeping and waking from a module, driven from the shell:
 *  - reading /proc/kobox_wait sleeps (wait_event_interruptible) until a
 *    write to the post parameter leaves a message, which one read takes;
 *    opened with O_NONBLOCK it fails with -EAGAIN instead; a signal ends
 *    the sleep with -ERESTARTSYS, which the kernel turns into EINTR, a
 *    restart (SA_RESTART) or the reader's death;
 *  - /proc/kobox_wait_excl sleeps exclusively: one post wakes one reader;
 *  - reading /proc/kobox_done waits for a completion that writing "one",
 *    "all" or "reset" to the complete parameter drives; the mode
 *    parameter picks the wait (interruptible, killable, timeout: the
 *    timeout parameter in jiffies).
 * Every sleep is begun well before the shell wakes it, so the order of
 * the lines does not depend on the kernel's scheduling.
 */
#include <linux/init.h>
#include <linux/completion.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/wait.h>

static DECLARE_WAIT_QUEUE_HEAD(msg_wq);
static DECLARE_COMPLETION(done);
static char msg[64];
static bool have_msg;

static char mode[16] = "interruptible";
module_param_string(mode, mode, sizeof(mode), 0644);
static unsigned long timeout = 5;
module_param(timeout, ulong, 0644);

static int take_msg(struct seq_file *m)
{
	pr_info("waitq: %s woke up\n", current->comm);
	seq_puts(m, msg);
	have_msg = false;
	return 0;
}

static int wait_show(struct seq_file *m, void *v)
{
	int err;

	if (!have_msg && (m->file->f_flags & O_NONBLOCK)) {
		pr_info("waitq: %s would block: -EAGAIN\n", current->comm);
		return -EAGAIN;
	}
	pr_info("waitq: %s waits\n", current->comm);
	err = wait_event_interruptible(msg_wq, have_msg);
	if (err) {
		pr_info("waitq: %s interrupted: %d\n", current->comm, err);
		return err;
	}
	return take_msg(m);
}

static int wait_excl_show(struct seq_file *m, void *v)
{
	int err;

	pr_info("waitq: %s waits exclusively\n", current->comm);
	err = wait_event_interruptible_exclusive(msg_wq, have_msg);
	if (err)
		return err;
	return take_msg(m);
}

/* val is word, maybe with echo's newline */
static bool is(const char *val, const char *word)
{
	size_t n = strlen(word);

	return !strncmp(val, word, n) && (!val[n] || !strcmp(val + n, "\n"));
}

static int done_show(struct seq_file *m, void *v)
{
	long ret;

	pr_info("waitq: %s waits for the completion (%.*s)\n", current->comm,
		(int)strcspn(mode, "\n"), mode);
	if (is(mode, "killable")) {
		ret = wait_for_completion_killable(&done);
	} else if (is(mode, "timeout")) {
		ret = wait_for_completion_interruptible_timeout(&done, timeout);
		if (ret > 0) {
			seq_puts(m, "completed in time\n");
			return 0;
		}
		if (!ret) {
			seq_puts(m, "timed out\n");
			return 0;
		}
	} else {
		ret = wait_for_completion_interruptible(&done);
	}
	if (ret) {
		pr_info("waitq: %s's wait ended with %ld\n", current->comm, ret);
		return ret;
	}
	seq_puts(m, "completed\n");
	return 0;
}

static int post_set(const char *val, const struct kernel_param *kp)
{
	strscpy(msg, val, sizeof(msg));
	have_msg = true;
	pr_info("waitq: post, waiters %d\n", waitqueue_active(&msg_wq));
	wake_up_interruptible(&msg_wq);
	return 0;
}

static const struct kernel_param_ops post_ops = {
	.set = post_set,
};
module_param_cb(post, &post_ops, NULL, 0200);

static int complete_set(const char *val, const struct kernel_param *kp)
{
	if (is(val, "one"))
		complete(&done);
	else if (is(val, "all"))
		complete_all(&done);
	else if (is(val, "reset"))
		reinit_completion(&done);
	else
		return -EINVAL;
	pr_info("waitq: complete %.*s: done %d\n", (int)strcspn(val, "\n"),
		val, completion_done(&done));
	return 0;
}

static const struct kernel_param_ops complete_ops = {
	.set = complete_set,
};
module_param_cb(complete, &complete_ops, NULL, 0200);

static int wait_open(struct inode *inode, struct file *file)
{
	return single_open(file, wait_show, NULL);
}

static int wait_excl_open(struct inode *inode, struct file *file)
{
	return single_open(file, wait_excl_show, NULL);
}

static int done_open(struct inode *inode, struct file *file)
{
	return single_open(file, done_show, NULL);
}

#define SEQ_PROC_OPS(name, open_fn)					\
static const struct proc_ops name = {					\
	.proc_open	= open_fn,					\
	.proc_read	= seq_read,					\
	.proc_lseek	= seq_lseek,					\
	.proc_release	= single_release,				\
}

SEQ_PROC_OPS(wait_ops, wait_open);
SEQ_PROC_OPS(wait_excl_ops, wait_excl_open);
SEQ_PROC_OPS(done_ops, done_open);

static int __init waitq_init(void)
{
	if (!proc_create("kobox_wait", 0444, NULL, &wait_ops) ||
	    !proc_create("kobox_wait_excl", 0444, NULL, &wait_excl_ops) ||
	    !proc_create("kobox_done", 0444, NULL, &done_ops)) {
		remove_proc_entry("kobox_wait", NULL);
		remove_proc_entry("kobox_wait_excl", NULL);
		return -ENOMEM;
	}
	return 0;
}

static void __exit waitq_exit(void)
{
	remove_proc_entry("kobox_done", NULL);
	remove_proc_entry("kobox_wait_excl", NULL);
	remove_proc_entry("kobox_wait", NULL);
}

module_init(waitq_init);
module_exit(waitq_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("a reader sleeping until a writer wakes it, signals, completions");
