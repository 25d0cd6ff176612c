/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sysctl: kernel variables as files under /proc/sys. A table of
 * ctl_table entries is registered under a path ("kernel", "fs/inotify");
 * each entry's handler turns its variable into text and back.
 */
#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H

#include <linux/types.h>

struct ctl_table;
struct ctl_table_header;

typedef int proc_handler(struct ctl_table *ctl, int write, void *buffer,
			 size_t *lenp, loff_t *ppos);

struct ctl_table {
	const char *procname;		/* NULL ends a table */
	void *data;
	int maxlen;
	umode_t mode;
	proc_handler *proc_handler;
	void *extra1;			/* minimum, for the _minmax handlers */
	void *extra2;			/* maximum */
};

/* Constants for extra1/extra2, as Linux's SYSCTL_ZERO and friends. */
extern const int sysctl_vals[];
#define SYSCTL_NEG_ONE		((void *)&sysctl_vals[0])
#define SYSCTL_ZERO		((void *)&sysctl_vals[1])
#define SYSCTL_ONE		((void *)&sysctl_vals[2])
#define SYSCTL_TWO		((void *)&sysctl_vals[3])
#define SYSCTL_INT_MAX		((void *)&sysctl_vals[4])

proc_handler proc_dostring;
proc_handler proc_dointvec;
proc_handler proc_dointvec_minmax;
proc_handler proc_douintvec;
proc_handler proc_douintvec_minmax;
proc_handler proc_doulongvec_minmax;

struct ctl_table_header *register_sysctl(const char *path,
					 struct ctl_table *table);
void unregister_sysctl_table(struct ctl_table_header *header);
#define register_sysctl_init(path, table)	register_sysctl(path, table)

#endif
