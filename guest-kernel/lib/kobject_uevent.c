// SPDX-License-Identifier: GPL-2.0
/*
 * kobject events. Linux numbers every event it sends to udev; we have no
 * netlink socket and no uevent helper, so an event is built and numbered
 * (/sys/kernel/uevent_seqnum) under the same rules, then dropped: the
 * kobject must belong to a kset (itself or an ancestor) whose filter
 * lets it through, and whose uevent op does not fail.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>

u64 uevent_seqnum;

static const char *kobject_actions[] = {
	[KOBJ_ADD] =		"add",
	[KOBJ_REMOVE] =		"remove",
	[KOBJ_CHANGE] =		"change",
	[KOBJ_MOVE] =		"move",
	[KOBJ_ONLINE] =		"online",
	[KOBJ_OFFLINE] =	"offline",
	[KOBJ_BIND] =		"bind",
	[KOBJ_UNBIND] =		"unbind",
};

/* Adds "KEY=value" to a uevent's environment. */
int add_uevent_var(struct kobj_uevent_env *env, const char *format, ...)
{
	va_list args;
	int len;

	if (env->envp_idx >= ARRAY_SIZE(env->envp)) {
		WARN(1, KERN_ERR "add_uevent_var: too many keys\n");
		return -ENOMEM;
	}
	va_start(args, format);
	len = vsnprintf(&env->buf[env->buflen], sizeof(env->buf) - env->buflen,
			format, args);
	va_end(args);
	if (len >= (int)(sizeof(env->buf) - env->buflen)) {
		WARN(1, KERN_ERR "add_uevent_var: buffer size too small\n");
		return -ENOMEM;
	}
	env->envp[env->envp_idx++] = &env->buf[env->buflen];
	env->buflen += len + 1;
	return 0;
}
EXPORT_SYMBOL_GPL(add_uevent_var);

/*
 * The event is built as Linux builds it (the kset's filter, name and
 * uevent ops see it, and may drop it) and numbered; nobody receives it.
 */
int kobject_uevent_env(struct kobject *kobj, enum kobject_action action,
		       char *envp_ext[])
{
	const struct kset_uevent_ops *uevent_ops;
	struct kobject *top_kobj = kobj;
	struct kobj_uevent_env *env;
	const char *subsystem;
	char *devpath = NULL;
	struct kset *kset;
	int i, retval;

	if (action == KOBJ_REMOVE)
		kobj->state_remove_uevent_sent = 1;
	while (!top_kobj->kset && top_kobj->parent)
		top_kobj = top_kobj->parent;
	if (!top_kobj->kset)
		return -EINVAL;
	kset = top_kobj->kset;
	uevent_ops = kset->uevent_ops;
	if (kobj->uevent_suppress)
		return 0;
	if (uevent_ops && uevent_ops->filter && !uevent_ops->filter(kobj))
		return 0;
	if (uevent_ops && uevent_ops->name)
		subsystem = uevent_ops->name(kobj);
	else
		subsystem = kobject_name(&kset->kobj);
	if (!subsystem)
		return 0;

	env = kzalloc(sizeof(*env), GFP_KERNEL);
	if (!env)
		return -ENOMEM;
	retval = -ENOENT;
	devpath = kobject_get_path(kobj, GFP_KERNEL);
	if (!devpath)
		goto exit;
	retval = add_uevent_var(env, "ACTION=%s", kobject_actions[action]);
	if (!retval)
		retval = add_uevent_var(env, "DEVPATH=%s", devpath);
	if (!retval)
		retval = add_uevent_var(env, "SUBSYSTEM=%s", subsystem);
	for (i = 0; !retval && envp_ext && envp_ext[i]; i++)
		retval = add_uevent_var(env, "%s", envp_ext[i]);
	if (!retval && uevent_ops && uevent_ops->uevent)
		retval = uevent_ops->uevent(kobj, env);
	if (retval)
		goto exit;
	if (action == KOBJ_ADD)
		kobj->state_add_uevent_sent = 1;
	retval = add_uevent_var(env, "SEQNUM=%llu", ++uevent_seqnum);
exit:
	kfree(devpath);
	kfree(env);
	return retval;
}
EXPORT_SYMBOL_GPL(kobject_uevent_env);

int kobject_uevent(struct kobject *kobj, enum kobject_action action)
{
	return kobject_uevent_env(kobj, action, NULL);
}
EXPORT_SYMBOL_GPL(kobject_uevent);

static int kobject_action_type(const char *buf, size_t count,
			       enum kobject_action *type)
{
	const char *space;
	size_t first;
	unsigned int action;

	if (count && (buf[count - 1] == '\n' || buf[count - 1] == '\0'))
		count--;
	if (!count)
		return -EINVAL;
	space = memchr(buf, ' ', count);
	first = space ? (size_t)(space - buf) : count;
	for (action = 0; action < ARRAY_SIZE(kobject_actions); action++) {
		if (strncmp(kobject_actions[action], buf, first) ||
		    kobject_actions[action][first] != '\0')
			continue;
		*type = action;
		return 0;
	}
	return -EINVAL;
}

/* A write to a "uevent" file: "<action> [UUID [KEY=value...]]". */
int kobject_synthesize_uevent(struct kobject *kobj, const char *buf,
			      size_t count)
{
	enum kobject_action action;
	char *devpath;

	if (!kobject_action_type(buf, count, &action))
		return kobject_uevent(kobj, action);
	devpath = kobject_get_path(kobj, GFP_KERNEL);
	pr_warn("synth uevent: %s: unknown uevent action string\n",
		devpath ?: "unknown device");
	kfree(devpath);
	return -EINVAL;
}
