// SPDX-License-Identifier: GPL-2.0
/* /proc/sys/kernel/{arch,ostype,osrelease,version,hostname,domainname}. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include <linux/utsname.h>

/* Through a copy, so a reader never sees a half-written name. */
static int proc_do_uts_string(struct ctl_table *table, int write,
			      void *buffer, size_t *lenp, loff_t *ppos)
{
	char tmp_data[__NEW_UTS_LEN + 1];
	struct ctl_table uts_table = *table;
	int r;

	memcpy(tmp_data, table->data, sizeof(tmp_data));
	uts_table.data = tmp_data;
	r = proc_dostring(&uts_table, write, buffer, lenp, ppos);
	if (write)
		memcpy(table->data, tmp_data, sizeof(tmp_data));
	return r;
}

#define UTS_ENTRY(name, field, m) {				\
	.procname	= name,					\
	.data		= init_uts_name.field,			\
	.maxlen		= sizeof(init_uts_name.field),		\
	.mode		= m,					\
	.proc_handler	= proc_do_uts_string,			\
}

static struct ctl_table uts_kern_table[] = {
	UTS_ENTRY("arch", machine, 0444),
	UTS_ENTRY("ostype", sysname, 0444),
	UTS_ENTRY("osrelease", release, 0444),
	UTS_ENTRY("version", version, 0444),
	UTS_ENTRY("hostname", nodename, 0644),
	UTS_ENTRY("domainname", domainname, 0644),
	{ }
};

static int __init utsname_sysctl_init(void)
{
	register_sysctl("kernel", uts_kern_table);
	return 0;
}
device_initcall(utsname_sysctl_init);
