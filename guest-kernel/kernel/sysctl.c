// SPDX-License-Identifier: GPL-2.0
/*
 * sysctl handlers and the kernel's own /proc/sys/kernel entries.
 *
 * Handlers see a kernel buffer. Numbers are read back separated by tabs
 * and ended by a newline, and only from offset 0; a write takes numbers
 * separated by blanks, and only at offset 0 (Linux's default
 * sysctl_writes_strict), so "echo 8 > /proc/sys/kernel/printk" sets the
 * first of four values and leaves the rest.
 */
#include <linux/kernel.h>
#include <linux/kmod.h>
#include <linux/init.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/panic.h>
#include <linux/string.h>
#include <linux/sysctl.h>

#define TMPBUFLEN	22

const int sysctl_vals[] = { -1, 0, 1, 2, INT_MAX };

int proc_dostring(struct ctl_table *table, int write, void *buffer,
		  size_t *lenp, loff_t *ppos)
{
	char *data = table->data, *p = buffer;
	size_t maxlen = table->maxlen, len;

	if (!data || !maxlen || !*lenp) {
		*lenp = 0;
		return 0;
	}
	if (write) {
		/* go on from where the last write stopped, not past the end */
		len = min(strlen(data), maxlen - 1);
		if (*ppos > len)
			return 0;
		len = *ppos;
		*ppos += *lenp;
		while ((size_t)(p - (char *)buffer) < *lenp && len < maxlen - 1) {
			char c = *p++;

			if (c == 0 || c == '\n')
				break;
			data[len++] = c;
		}
		data[len] = 0;
		return 0;
	}
	len = min(strlen(data), maxlen);
	if (*ppos > len) {
		*lenp = 0;
		return 0;
	}
	len = min(len - (size_t)*ppos, *lenp);
	memcpy(buffer, data + *ppos, len);
	if (len < *lenp)
		p[len++] = '\n';
	*lenp = len;
	*ppos += len;
	return 0;
}

static void skip_spaces_n(char **p, size_t *left)
{
	while (*left && isspace(**p)) {
		(*p)++;
		(*left)--;
	}
}

/* One number, optionally negative, followed by a blank or the end. */
static int get_long(char **buf, size_t *size, unsigned long *val, bool *neg)
{
	char tmp[TMPBUFLEN], *p = tmp, *end;
	size_t len = min(*size, (size_t)TMPBUFLEN - 1);

	memcpy(tmp, *buf, len);
	tmp[len] = 0;
	*neg = *p == '-' && *size > 1;
	if (*neg)
		p++;
	if (!isdigit(*p))
		return -EINVAL;
	*val = simple_strtoul(p, &end, 0);
	len = end - tmp;
	if (len == TMPBUFLEN - 1)
		return -EINVAL;	/* may have been cut: too long anyway */
	if (len < *size && !memchr(" \t\n", *end, 3))
		return -EINVAL;
	*buf += len;
	*size -= len;
	return 0;
}

static void put_text(void **buf, size_t *size, const char *s)
{
	size_t len = min(strlen(s), *size);

	memcpy(*buf, s, len);
	*buf += len;
	*size -= len;
}

struct vec_ops {
	/* to the variable (write) or from it; -EINVAL if out of range */
	int (*conv)(struct ctl_table *t, void *var, unsigned long *v, bool *neg,
		    int write);
	size_t size;
};

/* The body shared by the integer handlers: n values of ops->size bytes. */
static int do_proc_vec(struct ctl_table *table, int write, void *buffer,
		       size_t *lenp, loff_t *ppos, const struct vec_ops *ops)
{
	char *var = table->data, *p = buffer, tmp[TMPBUFLEN + 1];
	int vleft = table->maxlen / ops->size, err = 0;
	size_t left = *lenp;
	bool first = true;

	if (!var || !table->maxlen || !*lenp || (*ppos && !write)) {
		*lenp = 0;
		return 0;
	}
	if (write && *ppos)	/* strict: only whole writes at offset 0 */
		goto out;
	for (; left && vleft--; var += ops->size, first = false) {
		unsigned long v;
		bool neg;

		if (write) {
			skip_spaces_n(&p, &left);
			if (!left)
				break;
			err = get_long(&p, &left, &v, &neg);
			if (!err && ops->conv(table, var, &v, &neg, 1))
				err = -EINVAL;
			if (err)
				break;
		} else {
			ops->conv(table, var, &v, &neg, 0);
			snprintf(tmp, sizeof(tmp), "%s%s%lu", first ? "" : "\t",
				 neg ? "-" : "", v);
			put_text(&buffer, &left, tmp);
		}
	}
	if (!write && !first && left && !err)
		put_text(&buffer, &left, "\n");
	if (write && !err && left)
		skip_spaces_n(&p, &left);
	if (write && first)
		return err ?: -EINVAL;
	*lenp -= left;
out:
	*ppos += *lenp;
	return err;
}

static int conv_int(struct ctl_table *t, void *var, unsigned long *v,
		    bool *neg, int write)
{
	int *ip = var, *min = t->extra1, *max = t->extra2;
	long val;

	if (!write) {
		*neg = *ip < 0;
		*v = *neg ? -(unsigned long)*ip : *ip;
		return 0;
	}
	if (*v > (unsigned long)INT_MAX + *neg)
		return -EINVAL;
	val = *neg ? -(long)*v : (long)*v;
	if ((min && val < *min) || (max && val > *max))
		return -EINVAL;
	*ip = val;
	return 0;
}

static int conv_uint(struct ctl_table *t, void *var, unsigned long *v,
		     bool *neg, int write)
{
	unsigned int *ip = var, *min = t->extra1, *max = t->extra2;

	if (!write) {
		*neg = false;
		*v = *ip;
		return 0;
	}
	if (*neg || *v > UINT_MAX || (min && *v < *min) || (max && *v > *max))
		return -EINVAL;
	*ip = *v;
	return 0;
}

static int conv_ulong(struct ctl_table *t, void *var, unsigned long *v,
		      bool *neg, int write)
{
	unsigned long *ip = var, *min = t->extra1, *max = t->extra2;

	if (!write) {
		*neg = false;
		*v = *ip;
		return 0;
	}
	if (*neg || (min && *v < *min) || (max && *v > *max))
		return -EINVAL;
	*ip = *v;
	return 0;
}

static const struct vec_ops int_ops = { conv_int, sizeof(int) };
static const struct vec_ops uint_ops = { conv_uint, sizeof(unsigned int) };
static const struct vec_ops ulong_ops = { conv_ulong, sizeof(unsigned long) };

/* The plain handlers ignore extra1/extra2. */
int proc_dointvec(struct ctl_table *table, int write, void *buffer,
		  size_t *lenp, loff_t *ppos)
{
	struct ctl_table t = *table;

	t.extra1 = t.extra2 = NULL;
	return do_proc_vec(&t, write, buffer, lenp, ppos, &int_ops);
}

int proc_dointvec_minmax(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp, loff_t *ppos)
{
	return do_proc_vec(table, write, buffer, lenp, ppos, &int_ops);
}

int proc_douintvec(struct ctl_table *table, int write, void *buffer,
		   size_t *lenp, loff_t *ppos)
{
	struct ctl_table t = *table;

	t.extra1 = t.extra2 = NULL;
	return do_proc_vec(&t, write, buffer, lenp, ppos, &uint_ops);
}

int proc_douintvec_minmax(struct ctl_table *table, int write, void *buffer,
			  size_t *lenp, loff_t *ppos)
{
	return do_proc_vec(table, write, buffer, lenp, ppos, &uint_ops);
}

int proc_doulongvec_minmax(struct ctl_table *table, int write, void *buffer,
			   size_t *lenp, loff_t *ppos)
{
	return do_proc_vec(table, write, buffer, lenp, ppos, &ulong_ops);
}

/* tainted: the mask; writing sets the bits given (none can be cleared). */
static int proc_taint(struct ctl_table *table, int write, void *buffer,
		      size_t *lenp, loff_t *ppos)
{
	unsigned long tmptaint = get_taint();
	struct ctl_table t = *table;
	int err, i;

	t.data = &tmptaint;
	err = proc_doulongvec_minmax(&t, write, buffer, lenp, ppos);
	if (err < 0 || !write)
		return err;
	for (i = 0; i < TAINT_FLAGS_COUNT; i++)
		if ((1UL << i) & tmptaint)
			add_taint(i, LOCKDEP_STILL_OK);
	return err;
}

static struct ctl_table kern_table[] = {
	{
		.procname	= "tainted",
		.maxlen		= sizeof(long),
		.mode		= 0644,
		.proc_handler	= proc_taint,
	},
	{
		.procname	= "modprobe",
		.data		= &modprobe_path,
		.maxlen		= KMOD_PATH_LEN,
		.mode		= 0644,
		.proc_handler	= proc_dostring,
	},
	{
		.procname	= "panic_on_oops",
		.data		= &panic_on_oops,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_dointvec,
	},
	{ }
};

static int __init sysctl_init_bases(void)
{
	register_sysctl_init("kernel", kern_table);
	return 0;
}
core_initcall(sysctl_init_bases);
