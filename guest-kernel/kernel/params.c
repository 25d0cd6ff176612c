// SPDX-License-Identifier: GPL-2.0
/*
 * Command line parameters of built-in code: "name=value" words matched
 * against the __param table (module_param, core_param), anything else
 * handed to the caller's "unknown" function.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/moduleparam.h>
#include <linux/string.h>

/* '-' and '_' are interchangeable in parameter names. */
static char dash2underscore(char c)
{
	return c == '-' ? '_' : c;
}

bool parameqn(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (dash2underscore(a[i]) != dash2underscore(b[i]))
			return false;
	return true;
}

bool parameq(const char *a, const char *b)
{
	return parameqn(a, b, strlen(a) + 1);
}

static int parse_one(char *param, char *val, const char *doing,
		     const struct kernel_param *params, unsigned int num_params,
		     s16 min_level, s16 max_level, void *arg,
		     int (*handle_unknown)(char *param, char *val,
					   const char *doing, void *arg))
{
	unsigned int i;

	for (i = 0; i < num_params; i++) {
		if (!parameq(param, params[i].name))
			continue;
		if (params[i].level < min_level || params[i].level > max_level)
			return 0;
		if (!val && !(params[i].ops->flags & KERNEL_PARAM_OPS_FL_NOARG))
			return -EINVAL;
		return params[i].ops->set(val, &params[i]);
	}
	if (handle_unknown)
		return handle_unknown(param, val, doing, arg);
	return -ENOENT;
}

/* Args look like "foo=bar,bar2 baz=fuz wiz"; stops after a "--". */
char *parse_args(const char *doing, char *args,
		 const struct kernel_param *params, unsigned int num,
		 s16 min_level, s16 max_level, void *arg,
		 int (*unknown)(char *param, char *val,
				const char *doing, void *arg))
{
	char *param, *val, *err = NULL;

	args = skip_spaces(args);
	while (*args) {
		int ret;

		args = next_arg(args, &param, &val);
		if (!val && strcmp(param, "--") == 0)
			return err ?: args;
		ret = parse_one(param, val, doing, params, num,
				min_level, max_level, arg, unknown);
		switch (ret) {
		case 0:
			continue;
		case -ENOENT:
			pr_err("%s: Unknown parameter `%s'\n", doing, param);
			break;
		case -ENOSPC:
			pr_err("%s: `%s' too large for parameter `%s'\n",
			       doing, val ?: "", param);
			break;
		default:
			pr_err("%s: `%s' invalid for parameter `%s'\n",
			       doing, val ?: "", param);
			break;
		}
		err = ERR_PTR(ret);
	}
	return err;
}

static int param_set_int(const char *val, const struct kernel_param *kp)
{
	return kstrtoint(val, 0, kp->arg);
}

static int param_set_uint(const char *val, const struct kernel_param *kp)
{
	return kstrtouint(val, 0, kp->arg);
}

static int param_set_ulong(const char *val, const struct kernel_param *kp)
{
	return kstrtoul(val, 0, kp->arg);
}

/* A bare "name" means true. */
static int param_set_bool(const char *val, const struct kernel_param *kp)
{
	return kstrtobool(val ?: "1", kp->arg);
}

/* The value stays in the (never freed) command line copy. */
static int param_set_charp(const char *val, const struct kernel_param *kp)
{
	if (strlen(val) > 1024) {
		pr_err("%s: string parameter too long\n", kp->name);
		return -ENOSPC;
	}
	*(const char **)kp->arg = val;
	return 0;
}

const struct kernel_param_ops param_ops_int = { .set = param_set_int };
const struct kernel_param_ops param_ops_uint = { .set = param_set_uint };
const struct kernel_param_ops param_ops_ulong = { .set = param_set_ulong };
const struct kernel_param_ops param_ops_bool = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bool,
};
const struct kernel_param_ops param_ops_charp = { .set = param_set_charp };
