// SPDX-License-Identifier: GPL-2.0
/*
 * "#!interpreter [arg]" scripts: the interpreter runs with argv
 * { interpreter, [arg,] script path, original argv[1..] }.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>

static inline bool spacetab(char c) { return c == ' ' || c == '\t'; }

static inline const char *next_non_spacetab(const char *first, const char *last)
{
	for (; first <= last; first++)
		if (!spacetab(*first))
			return first;
	return NULL;
}

static inline const char *next_terminator(const char *first, const char *last)
{
	for (; first <= last; first++)
		if (spacetab(*first) || !*first)
			return first;
	return NULL;
}

static int load_script(struct linux_binprm *bprm)
{
	const char *i_name, *i_sep, *i_arg, *i_end, *buf_end;
	struct file *file;
	int retval;

	if ((bprm->buf[0] != '#') || (bprm->buf[1] != '!'))
		return -ENOEXEC;

	/* the interpreter line ends at a newline, or at the buffer's end */
	buf_end = bprm->buf + sizeof(bprm->buf) - 1;
	i_end = strnchr(bprm->buf, sizeof(bprm->buf), '\n');
	if (!i_end) {
		i_end = next_non_spacetab(bprm->buf + 2, buf_end);
		if (!i_end)
			return -ENOEXEC;	/* all spaces: no interpreter */
		if (!next_terminator(i_end, buf_end))
			return -ENOEXEC;	/* its name does not fit */
		i_end = buf_end;
	}
	/* trailing white space goes */
	while (spacetab(i_end[-1]))
		i_end--;
	*((char *)i_end) = '\0';
	i_name = next_non_spacetab(bprm->buf + 2, i_end);
	if (!i_name || (i_name == i_end))
		return -ENOEXEC;
	i_arg = NULL;
	i_sep = next_terminator(i_name, i_end);
	if (i_sep && (*i_sep != '\0'))
		i_arg = next_non_spacetab(i_sep, i_end);
	if (i_sep)
		*((char *)i_sep) = '\0';

	retval = remove_arg_zero(bprm);
	if (retval)
		return retval;
	retval = copy_string_kernel(bprm->interp, bprm);
	if (retval < 0)
		return retval;
	bprm->argc++;
	if (i_arg) {
		retval = copy_string_kernel(i_arg, bprm);
		if (retval < 0)
			return retval;
		bprm->argc++;
	}
	retval = copy_string_kernel(i_name, bprm);
	if (retval)
		return retval;
	bprm->argc++;
	if (bprm->interp != bprm->filename)
		kfree(bprm->interp);
	bprm->interp = kstrdup(i_name, GFP_KERNEL);
	if (!bprm->interp)
		return -ENOMEM;

	file = open_exec(i_name);
	if (IS_ERR(file))
		return PTR_ERR(file);
	bprm->interpreter = file;
	return 0;
}

static struct linux_binfmt script_format = {
	.load_binary = load_script,
};

static int __init init_script_binfmt(void)
{
	register_binfmt(&script_format);
	return 0;
}
core_initcall(init_script_binfmt);
