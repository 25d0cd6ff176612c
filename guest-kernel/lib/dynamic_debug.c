// SPDX-License-Identifier: GPL-2.0
/*
 * Dynamic debug (Linux 6.1's lib/dynamic_debug.c, for module sites): a
 * table of each module's __dyndbg descriptors while it is loaded, the
 * control file that lists them ("file:line [module]function =flags
 * "format"") and takes queries ("module m func f line a-b format s
 * +pmflt"), the dyndbg= module parameter, and the printing itself. A
 * site prints when its flags have p: the query flips its static key.
 * This kernel's own pr_debug()s are compiled out, so only modules' sites
 * are listed.
 */
#define pr_fmt(fmt) "dyndbg: " fmt

#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/module_abi.h>
#include <linux/dynamic_debug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/jump_label.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/notifier.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

abi_check_size(_ddebug);
abi_check_field(_ddebug, function);
abi_check_field(_ddebug, filename);
abi_check_field(_ddebug, format);
abi_check_field(_ddebug, key);

struct ddebug_table {
	struct list_head link;
	const char *mod_name;
	unsigned int num_ddebugs;
	struct _ddebug *ddebugs;
};

struct ddebug_query {
	const char *filename;
	const char *module;
	const char *function;
	const char *format;
	unsigned int first_lineno, last_lineno;
};

struct flag_settings {
	unsigned int flags;
	unsigned int mask;
};

struct ddebug_iter {
	struct ddebug_table *table;
	int idx;
};

static LIST_HEAD(ddebug_tables);
static int verbose;
module_param(verbose, int, 0644);

#define vnpr_info(lvl, fmt, ...)				\
do {								\
	if (verbose >= lvl)					\
		pr_info(fmt, ##__VA_ARGS__);			\
} while (0)
#define vpr_info(fmt, ...)	vnpr_info(1, fmt, ##__VA_ARGS__)
#define v2pr_info(fmt, ...)	vnpr_info(2, fmt, ##__VA_ARGS__)

static const struct { unsigned int flag; char opt_char; } opt_array[] = {
	{ _DPRINTK_FLAGS_PRINT, 'p' },
	{ _DPRINTK_FLAGS_INCL_MODNAME, 'm' },
	{ _DPRINTK_FLAGS_INCL_FUNCNAME, 'f' },
	{ _DPRINTK_FLAGS_INCL_LINENO, 'l' },
	{ _DPRINTK_FLAGS_INCL_TID, 't' },
	{ _DPRINTK_FLAGS_NONE, '_' },
};

struct flagsbuf { char buf[ARRAY_SIZE(opt_array) + 1]; };

/* "pmf", or "_" for none. */
static char *ddebug_describe_flags(unsigned int flags, struct flagsbuf *fb)
{
	char *p = fb->buf;
	int i;

	for (i = 0; i < ARRAY_SIZE(opt_array); ++i)
		if (flags & opt_array[i].flag)
			*p++ = opt_array[i].opt_char;
	if (p == fb->buf)
		*p++ = '_';
	*p = '\0';
	return fb->buf;
}

static void vpr_info_dq(const struct ddebug_query *query, const char *msg)
{
	int fmtlen = 0;

	if (query->format) {
		fmtlen = strlen(query->format);
		while (fmtlen && query->format[fmtlen - 1] == '\n')
			fmtlen--;
	}
	vpr_info("%s: func=\"%s\" file=\"%s\" module=\"%s\" format=\"%.*s\" lineno=%u-%u\n",
		 msg, query->function ?: "", query->filename ?: "",
		 query->module ?: "", fmtlen, query->format ?: "",
		 query->first_lineno, query->last_lineno);
}

/* Shell-style: '*' any run, '?' any one character. */
static bool match_wildcard(const char *pattern, const char *str)
{
	if (!*pattern)
		return !*str;
	if (*pattern == '*')
		return match_wildcard(pattern + 1, str) ||
		       (*str && match_wildcard(pattern, str + 1));
	if (!*str || (*pattern != '?' && *pattern != *str))
		return false;
	return match_wildcard(pattern + 1, str + 1);
}

static bool site_matches(const struct ddebug_query *query,
			 const struct _ddebug *dp)
{
	if (query->filename &&
	    !match_wildcard(query->filename, dp->filename) &&
	    !match_wildcard(query->filename, kbasename(dp->filename)))
		return false;
	if (query->function && !match_wildcard(query->function, dp->function))
		return false;
	if (query->format) {
		if (*query->format == '^') {
			if (strstr(dp->format, query->format + 1) != dp->format)
				return false;
		} else if (!strstr(dp->format, query->format)) {
			return false;
		}
	}
	if (query->first_lineno && dp->lineno < query->first_lineno)
		return false;
	if (query->last_lineno && dp->lineno > query->last_lineno)
		return false;
	/* sites of a class only match queries naming it: none here do */
	return dp->class_id == _DPRINTK_CLASS_DFLT;
}

/* Apply the flags to every matching site; the number that matched. */
static int ddebug_change(const struct ddebug_query *query,
			 struct flag_settings *modifiers)
{
	struct ddebug_table *dt;
	unsigned int newflags, nfound = 0;
	struct flagsbuf fbuf;
	int i;

	list_for_each_entry(dt, &ddebug_tables, link) {
		if (query->module && !match_wildcard(query->module, dt->mod_name))
			continue;
		for (i = 0; i < dt->num_ddebugs; i++) {
			struct _ddebug *dp = &dt->ddebugs[i];

			if (!site_matches(query, dp))
				continue;
			nfound++;
			newflags = (dp->flags & modifiers->mask) | modifiers->flags;
			if (newflags == dp->flags)
				continue;
			if (dp->flags & _DPRINTK_FLAGS_PRINT) {
				if (!(newflags & _DPRINTK_FLAGS_PRINT))
					static_key_disable(&dp->key);
			} else if (newflags & _DPRINTK_FLAGS_PRINT) {
				static_key_enable(&dp->key);
			}
			dp->flags = newflags;
			v2pr_info("changed %s:%d [%s]%s =%s\n", dp->filename,
				  dp->lineno, dt->mod_name, dp->function,
				  ddebug_describe_flags(dp->flags, &fbuf));
		}
	}
	if (!nfound && verbose)
		pr_info("no matches for query\n");
	return nfound;
}

/* Words separated by spaces, or quoted; '#' starts a comment. */
static int ddebug_tokenize(char *buf, char *words[], int maxwords)
{
	int nwords = 0;

	while (*buf) {
		char *end;

		buf = skip_spaces(buf);
		if (!*buf || *buf == '#')
			break;
		if (*buf == '"' || *buf == '\'') {
			int quote = *buf++;

			for (end = buf; *end && *end != quote; end++)
				;
			if (!*end) {
				pr_err("unclosed quote: %s\n", buf);
				return -EINVAL;
			}
		} else {
			for (end = buf; *end && !isspace(*end); end++)
				;
		}
		if (nwords == maxwords) {
			pr_err("too many words, legal max <=%d\n", maxwords);
			return -EINVAL;
		}
		if (*end)
			*end++ = '\0';
		words[nwords++] = buf;
		buf = end;
	}
	if (verbose) {
		int i;

		pr_info("split into words:");
		for (i = 0; i < nwords; i++)
			pr_cont(" \"%s\"", words[i]);
		pr_cont("\n");
	}
	return nwords;
}

static int parse_lineno(const char *str, unsigned int *val)
{
	if (!*str) {
		*val = 0;
		return 0;
	}
	if (kstrtouint(str, 10, val) < 0) {
		pr_err("bad line-number: %s\n", str);
		return -EINVAL;
	}
	return 0;
}

static int parse_linerange(struct ddebug_query *query, const char *first)
{
	char *last = strchr(first, '-');

	if (query->first_lineno || query->last_lineno) {
		pr_err("match-spec: line used 2x\n");
		return -EINVAL;
	}
	if (last)
		*last++ = '\0';
	if (parse_lineno(first, &query->first_lineno) < 0)
		return -EINVAL;
	if (last) {
		if (parse_lineno(last, &query->last_lineno) < 0)
			return -EINVAL;
		if (query->last_lineno == 0)
			query->last_lineno = UINT_MAX;
		if (query->last_lineno < query->first_lineno) {
			pr_err("last-line:%d < 1st-line:%d\n",
			       query->last_lineno, query->first_lineno);
			return -EINVAL;
		}
	} else {
		query->last_lineno = query->first_lineno;
	}
	vpr_info("parsed line %d-%d\n", query->first_lineno,
		 query->last_lineno);
	return 0;
}

static int check_set(const char **dest, char *src, char *name)
{
	int rc = 0;

	if (*dest) {
		rc = -EINVAL;
		pr_err("match-spec:%s val:%s overridden by %s\n", name, *dest,
		       src);
	}
	*dest = src;
	return rc;
}

/* \t, \n, \\ and octal escapes, for format strings with spaces. */
static void unescape_inplace(char *s)
{
	char *out = s;

	while (*s) {
		if (*s == '\\' && s[1]) {
			s++;
			if (*s == 'n')
				*out++ = '\n';
			else if (*s == 't')
				*out++ = '\t';
			else if (*s >= '0' && *s <= '7') {
				int v = 0, n;

				for (n = 0; n < 3 && *s >= '0' && *s <= '7'; n++)
					v = v * 8 + *s++ - '0';
				*out++ = v;
				continue;
			} else
				*out++ = *s;
			s++;
			continue;
		}
		*out++ = *s++;
	}
	*out = '\0';
}

static int ddebug_parse_query(char *words[], int nwords,
			      struct ddebug_query *query, const char *modname)
{
	char *fline;
	int i, rc = 0;

	if (nwords % 2 != 0) {
		pr_err("expecting pairs of match-spec <value>\n");
		return -EINVAL;
	}
	if (modname)	/* <module>.dyndbg=QUERY: that module only */
		query->module = modname;
	for (i = 0; i < nwords; i += 2) {
		char *keyword = words[i];
		char *arg = words[i + 1];

		if (!strcmp(keyword, "func")) {
			rc = check_set(&query->function, arg, "func");
		} else if (!strcmp(keyword, "file")) {
			if (check_set(&query->filename, arg, "file"))
				return -EINVAL;
			/* a tail ":name" is a function, ":n-m" a line range */
			fline = strchr(query->filename, ':');
			if (!fline)
				continue;
			*fline++ = '\0';
			if (isalpha(*fline) || *fline == '*' || *fline == '?') {
				if (check_set(&query->function, fline, "func"))
					return -EINVAL;
			} else if (parse_linerange(query, fline)) {
				return -EINVAL;
			}
		} else if (!strcmp(keyword, "module")) {
			rc = check_set(&query->module, arg, "module");
		} else if (!strcmp(keyword, "format")) {
			unescape_inplace(arg);
			rc = check_set(&query->format, arg, "format");
		} else if (!strcmp(keyword, "line")) {
			if (parse_linerange(query, arg))
				return -EINVAL;
		} else if (!strcmp(keyword, "class")) {
			/* no module here declares classes */
			pr_err("unknown class \"%s\"\n", arg);
			return -EINVAL;
		} else {
			pr_err("unknown keyword \"%s\"\n", keyword);
			return -EINVAL;
		}
		if (rc)
			return rc;
	}
	vpr_info_dq(query, "parsed");
	return 0;
}

/* "[-+=][pmflt_]+": which flags to set, which to keep. */
static int ddebug_parse_flags(const char *str, struct flag_settings *modifiers)
{
	int op, i;

	switch (*str) {
	case '+':
	case '-':
	case '=':
		op = *str++;
		break;
	default:
		pr_err("bad flag-op %c, at start of %s\n", *str, str);
		return -EINVAL;
	}
	vpr_info("op='%c'\n", op);
	for (; *str; ++str) {
		for (i = ARRAY_SIZE(opt_array) - 1; i >= 0; i--) {
			if (*str == opt_array[i].opt_char) {
				modifiers->flags |= opt_array[i].flag;
				break;
			}
		}
		if (i < 0) {
			pr_err("unknown flag '%c'\n", *str);
			return -EINVAL;
		}
	}
	vpr_info("flags=0x%x\n", modifiers->flags);
	switch (op) {
	case '=':
		modifiers->mask = 0;
		break;
	case '+':
		modifiers->mask = ~0U;
		break;
	case '-':
		modifiers->mask = ~modifiers->flags;
		modifiers->flags = 0;
		break;
	}
	vpr_info("*flagsp=0x%x *maskp=0x%x\n", modifiers->flags,
		 modifiers->mask);
	return 0;
}

#define MAXWORDS 9

static int ddebug_exec_query(char *query_string, const char *modname)
{
	struct flag_settings modifiers = {};
	struct ddebug_query query = {};
	char *words[MAXWORDS];
	int nwords, nfound;

	nwords = ddebug_tokenize(query_string, words, MAXWORDS);
	if (nwords <= 0) {
		pr_err("tokenize failed\n");
		return -EINVAL;
	}
	/* the flags (the last word) first, so the rest are pairs */
	if (ddebug_parse_flags(words[nwords - 1], &modifiers)) {
		pr_err("flags parse failed\n");
		return -EINVAL;
	}
	if (ddebug_parse_query(words, nwords - 1, &query, modname)) {
		pr_err("query parse failed\n");
		return -EINVAL;
	}
	nfound = ddebug_change(&query, &modifiers);
	vpr_info_dq(&query, nfound ? "applied" : "no-match");
	return nfound;
}

/* Queries separated by ';' or newlines: the last error, or the matches. */
static int ddebug_exec_queries(char *query, const char *modname)
{
	int i, errs = 0, exitcode = 0, rc, nfound = 0;
	char *split;

	for (i = 0; query; query = split) {
		split = strpbrk(query, ";\n");
		if (split)
			*split++ = '\0';
		query = skip_spaces(query);
		if (!*query || *query == '#')
			continue;
		vpr_info("query %d: \"%s\" mod:%s\n", i, query, modname ?: "*");
		rc = ddebug_exec_query(query, modname);
		if (rc < 0) {
			errs++;
			exitcode = rc;
		} else {
			nfound += rc;
		}
		i++;
	}
	if (i)
		v2pr_info("processed %d queries, with %d matches, %d errs\n",
			  i, nfound, errs);
	return exitcode ?: nfound;
}

/* dyndbg[=QUERY] when loading a module: its own sites only ("+p" if bare). */
int ddebug_dyndbg_module_param_cb(char *param, char *val, const char *modname)
{
	char *query;

	vpr_info("module: %s %s=\"%s\"\n", modname, param, val);
	if (strcmp(param, "dyndbg"))
		return -ENOENT;
	query = kstrdup(val ?: "+p", GFP_KERNEL);
	if (query) {
		ddebug_exec_queries(query, modname);
		kfree(query);
	}
	return 0;	/* a bad query does not stop the load */
}

static int remaining(int wrote)
{
	return wrote < 64 ? 64 - wrote : 0;
}

/* "[pid] module:function:line: " as the site's m, f, l, t flags ask. */
static char *dynamic_emit_prefix(const struct _ddebug *desc, char *buf)
{
	int pos_after_tid, pos = 0;

	*buf = '\0';
	if (!(desc->flags & _DPRINTK_FLAGS_INCL_ANY))
		return buf;
	if (desc->flags & _DPRINTK_FLAGS_INCL_TID)
		pos += snprintf(buf + pos, remaining(pos), "[%d] ",
				task_pid_nr(current));
	pos_after_tid = pos;
	if (desc->flags & _DPRINTK_FLAGS_INCL_MODNAME)
		pos += snprintf(buf + pos, remaining(pos), "%s:", desc->modname);
	if (desc->flags & _DPRINTK_FLAGS_INCL_FUNCNAME)
		pos += snprintf(buf + pos, remaining(pos), "%s:", desc->function);
	if (desc->flags & _DPRINTK_FLAGS_INCL_LINENO)
		pos += snprintf(buf + pos, remaining(pos), "%d:", desc->lineno);
	if (pos - pos_after_tid)
		pos += snprintf(buf + pos, remaining(pos), " ");
	if (pos >= 64)
		buf[63] = '\0';
	return buf;
}

void __dynamic_pr_debug(struct _ddebug *descriptor, const char *fmt, ...)
{
	struct va_format vaf;
	char buf[64];
	va_list args;

	BUG_ON(!descriptor);
	BUG_ON(!fmt);
	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	printk(KERN_DEBUG "%s%pV", dynamic_emit_prefix(descriptor, buf), &vaf);
	va_end(args);
}
EXPORT_SYMBOL(__dynamic_pr_debug);

/* dev_dbg(): the site's prefix, then the driver and device as dev_info's. */
void __dynamic_dev_dbg(struct _ddebug *descriptor, const struct device *dev,
		       const char *fmt, ...)
{
	struct va_format vaf;
	char buf[64];
	va_list args;

	BUG_ON(!descriptor);
	BUG_ON(!fmt);
	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	if (!dev)
		printk(KERN_DEBUG "(NULL device *): %pV", &vaf);
	else
		printk(KERN_DEBUG "%s%s %s: %pV",
		       dynamic_emit_prefix(descriptor, buf),
		       dev_driver_string(dev), dev_name(dev), &vaf);
	va_end(args);
}
EXPORT_SYMBOL(__dynamic_dev_dbg);

static int ddebug_add_module(struct _ddebug *tab, unsigned int n,
			     const char *name)
{
	struct ddebug_table *dt;

	if (!n)
		return 0;
	dt = kzalloc(sizeof(*dt), GFP_KERNEL);
	if (!dt) {
		pr_err("error adding module: %s\n", name);
		return -ENOMEM;
	}
	dt->mod_name = name;
	dt->num_ddebugs = n;
	dt->ddebugs = tab;
	list_add_tail(&dt->link, &ddebug_tables);
	vpr_info("%3u debug prints in module %s\n", n, name);
	return 0;
}

static void ddebug_remove_module(const char *name)
{
	struct ddebug_table *dt, *next;

	list_for_each_entry_safe(dt, next, &ddebug_tables, link) {
		if (dt->mod_name == name) {
			list_del(&dt->link);
			kfree(dt);
			v2pr_info("removed module \"%s\"\n", name);
		}
	}
}

static int ddebug_module_notify(struct notifier_block *self,
				unsigned long val, void *data)
{
	struct module *mod = data;

	if (val == MODULE_STATE_COMING)
		return notifier_from_errno(ddebug_add_module(mod->dyndbg_descs,
					   mod->num_dyndbg_descs, mod->name));
	if (val == MODULE_STATE_GOING)
		ddebug_remove_module(mod->name);
	return NOTIFY_DONE;
}

static struct notifier_block ddebug_module_nb = {
	.notifier_call = ddebug_module_notify,
};

/* The control file: a header, then one line per site. */
static struct _ddebug *ddebug_iter_first(struct ddebug_iter *iter)
{
	if (list_empty(&ddebug_tables)) {
		iter->table = NULL;
		return NULL;
	}
	iter->table = list_first_entry(&ddebug_tables, struct ddebug_table,
				       link);
	iter->idx = iter->table->num_ddebugs;
	return &iter->table->ddebugs[--iter->idx];
}

/* Tables in load order; each module's sites from its section's end. */
static struct _ddebug *ddebug_iter_next(struct ddebug_iter *iter)
{
	if (!iter->table)
		return NULL;
	if (--iter->idx < 0) {
		if (iter->table->link.next == &ddebug_tables) {
			iter->table = NULL;
			return NULL;
		}
		iter->table = list_next_entry(iter->table, link);
		iter->idx = iter->table->num_ddebugs - 1;
	}
	return &iter->table->ddebugs[iter->idx];
}

static void *ddebug_proc_start(struct seq_file *m, loff_t *pos)
{
	struct ddebug_iter *iter = m->private;
	struct _ddebug *dp;
	int n = *pos;

	if (!n)
		return SEQ_START_TOKEN;
	if (n < 0)
		return NULL;
	dp = ddebug_iter_first(iter);
	while (dp && --n > 0)
		dp = ddebug_iter_next(iter);
	return dp;
}

static void *ddebug_proc_next(struct seq_file *m, void *p, loff_t *pos)
{
	struct ddebug_iter *iter = m->private;
	struct _ddebug *dp;

	if (p == SEQ_START_TOKEN)
		dp = ddebug_iter_first(iter);
	else
		dp = ddebug_iter_next(iter);
	++*pos;
	return dp;
}

static void ddebug_proc_stop(struct seq_file *m, void *p)
{
}

/* The format with its white space escaped, as seq_escape_str(ESCAPE_SPACE). */
static void seq_escape_space(struct seq_file *m, const char *s)
{
	static const char from[] = "\n\r\t\v\f", to[] = "nrtvf";

	for (; *s; s++) {
		const char *c = strchr(from, *s);

		if (c) {
			seq_putc(m, '\\');
			seq_putc(m, to[c - from]);
		} else {
			seq_putc(m, *s);
		}
	}
}

static int ddebug_proc_show(struct seq_file *m, void *p)
{
	struct ddebug_iter *iter = m->private;
	struct _ddebug *dp = p;
	struct flagsbuf flags;

	if (p == SEQ_START_TOKEN) {
		seq_puts(m, "# filename:lineno [module]function flags format\n");
		return 0;
	}
	seq_printf(m, "%s:%u [%s]%s =%s \"", dp->filename, dp->lineno,
		   iter->table->mod_name, dp->function,
		   ddebug_describe_flags(dp->flags, &flags));
	seq_escape_space(m, dp->format);
	seq_puts(m, "\"\n");
	return 0;
}

static const struct seq_operations ddebug_proc_seqops = {
	.start = ddebug_proc_start,
	.next = ddebug_proc_next,
	.show = ddebug_proc_show,
	.stop = ddebug_proc_stop,
};

static int ddebug_proc_open(struct inode *inode, struct file *file)
{
	return seq_open_private(file, &ddebug_proc_seqops,
				sizeof(struct ddebug_iter));
}

#define USER_BUF_PAGE 4096

static ssize_t ddebug_proc_write(struct file *file, const char __user *ubuf,
				 size_t len, loff_t *offp)
{
	char *tmpbuf;
	int ret;

	if (!len)
		return 0;
	if (len > USER_BUF_PAGE - 1) {
		pr_warn("expected <%d bytes into control\n", USER_BUF_PAGE);
		return -E2BIG;
	}
	tmpbuf = kmalloc(len + 1, GFP_KERNEL);
	if (!tmpbuf)
		return -ENOMEM;
	if (copy_from_user(tmpbuf, ubuf, len)) {
		kfree(tmpbuf);
		return -EFAULT;
	}
	tmpbuf[len] = '\0';
	v2pr_info("read %zu bytes from userspace\n", len);
	ret = ddebug_exec_queries(tmpbuf, NULL);
	kfree(tmpbuf);
	if (ret < 0)
		return ret;
	*offp += len;
	return len;
}

static const struct file_operations ddebug_proc_fops = {
	.open = ddebug_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release_private,
	.write = ddebug_proc_write,
};

static const struct proc_ops proc_fops = {
	.proc_open = ddebug_proc_open,
	.proc_read = seq_read,
	.proc_lseek = seq_lseek,
	.proc_release = seq_release_private,
	.proc_write = ddebug_proc_write,
};

static int __init dynamic_debug_init(void)
{
	return register_module_notifier(&ddebug_module_nb);
}
early_initcall(dynamic_debug_init);

/* Both control files: <debugfs>/dynamic_debug/control and /proc's. */
static int __init dynamic_debug_init_control(void)
{
	struct proc_dir_entry *procfs_dir;
	struct dentry *debugfs_dir;

	if (debugfs_initialized()) {
		debugfs_dir = debugfs_create_dir("dynamic_debug", NULL);
		debugfs_create_file("control", 0644, debugfs_dir, NULL,
				    &ddebug_proc_fops);
	}
	procfs_dir = proc_mkdir("dynamic_debug", NULL);
	if (procfs_dir)
		proc_create("control", 0644, procfs_dir, &proc_fops);
	return 0;
}
fs_initcall(dynamic_debug_init_control);
