/* SPDX-License-Identifier: GPL-2.0 */
/* Running a user program from the kernel (Linux 6.1's <linux/umh.h>). */
#ifndef _LINUX_UMH_H
#define _LINUX_UMH_H

#include <linux/types.h>
#include <linux/sched.h>
#include <linux/gfp.h>
#include <linux/workqueue.h>

struct cred;
struct completion;

#define UMH_NO_WAIT	0x00	/* don't wait at all */
#define UMH_WAIT_EXEC	0x01	/* wait for the exec, but not the process */
#define UMH_WAIT_PROC	0x02	/* wait for the process to complete */
#define UMH_KILLABLE	0x04	/* wait for EXEC/PROC killable */
#define UMH_FREEZABLE	0x08	/* wait for EXEC/PROC freezable */

struct subprocess_info {
	struct work_struct work;
	struct completion *complete;
	const char *path;
	char **argv;
	char **envp;
	int wait;
	int retval;
	int (*init)(struct subprocess_info *info, struct cred *new);
	void (*cleanup)(struct subprocess_info *info);
	void *data;
};

struct subprocess_info *call_usermodehelper_setup(const char *path,
		char **argv, char **envp, gfp_t gfp_mask,
		int (*init)(struct subprocess_info *info, struct cred *new),
		void (*cleanup)(struct subprocess_info *), void *data);
int call_usermodehelper_exec(struct subprocess_info *info, int wait);
int call_usermodehelper(const char *path, char **argv, char **envp,
			int wait);

#endif
