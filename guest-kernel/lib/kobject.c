// SPDX-License-Identifier: GPL-2.0
/*
 * kobjects and ksets. A kobject added with kobject_add() gets a sysfs
 * directory under its parent (or its kset, or /sys) and its type's
 * default attribute groups; the last kobject_put() removes it and calls
 * the type's release().
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module_abi.h>

abi_check_size(kobject);
abi_check_field(kobject, entry);
abi_check_field(kobject, parent);
abi_check_field(kobject, kset);
abi_check_field(kobject, ktype);
abi_check_field(kobject, sd);
abi_check_field(kobject, kref);
abi_check_size(kset);
abi_check_field(kset, list);
abi_check_field(kset, kobj);
abi_check_field(kset, uevent_ops);
abi_check_size(kobj_type);
abi_check_field(kobj_type, sysfs_ops);
abi_check_field(kobj_type, default_groups);
abi_check_field(kobj_type, get_ownership);
abi_check_field(kset_uevent_ops, name);
abi_check_field(kset_uevent_ops, uevent);
abi_check_size(kobj_uevent_env);
abi_check_field(kobj_uevent_env, envp);
abi_check_field(kobj_uevent_env, envp_idx);
abi_check_field(kobj_uevent_env, buf);
abi_check_field(kobj_uevent_env, buflen);
abi_check_size(kobj_attribute);
abi_check_field(kobj_attribute, show);
abi_check_field(kobj_attribute, store);

static int kobject_set_name_vargs(struct kobject *kobj, const char *fmt,
				  va_list vargs)
{
	char buf[1], *s, *p;
	va_list aq;
	int len;

	if (kobj->name && !fmt)
		return 0;

	va_copy(aq, vargs);
	len = vsnprintf(buf, sizeof(buf), fmt, aq);
	va_end(aq);
	s = kmalloc(len + 1, GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	vsnprintf(s, len + 1, fmt, vargs);
	/* it names a directory: '/' becomes '!', as in Linux */
	for (p = s; (p = strchr(p, '/')); )
		*p = '!';
	kfree(kobj->name);
	kobj->name = s;
	return 0;
}

int kobject_set_name(struct kobject *kobj, const char *fmt, ...)
{
	va_list vargs;
	int retval;

	va_start(vargs, fmt);
	retval = kobject_set_name_vargs(kobj, fmt, vargs);
	va_end(vargs);
	return retval;
}
EXPORT_SYMBOL(kobject_set_name);

static void kobject_init_internal(struct kobject *kobj)
{
	kref_init(&kobj->kref);
	INIT_LIST_HEAD(&kobj->entry);
	kobj->state_in_sysfs = 0;
	kobj->state_add_uevent_sent = 0;
	kobj->state_remove_uevent_sent = 0;
	kobj->state_initialized = 1;
}

void kobject_init(struct kobject *kobj, const struct kobj_type *ktype)
{
	if (!kobj || !ktype) {
		pr_err("kobject (%p): %s\n", kobj, !kobj ?
		       "invalid kobject pointer!" :
		       "must have a ktype to be initialized properly!\n");
		dump_stack();
		return;
	}
	if (kobj->state_initialized) {
		/* not fatal: the caller may recover */
		pr_err("kobject (%p): tried to init an initialized object, something is seriously wrong.\n",
		       kobj);
		dump_stack();
	}
	kobject_init_internal(kobj);
	kobj->ktype = ktype;
}
EXPORT_SYMBOL(kobject_init);

struct kobject *kobject_get(struct kobject *kobj)
{
	if (kobj) {
		if (!kobj->state_initialized)
			WARN(1, KERN_WARNING "kobject: '%s' (%p): is not initialized, yet kobject_get() is being called.\n",
			     kobject_name(kobj), kobj);
		kref_get(&kobj->kref);
	}
	return kobj;
}
EXPORT_SYMBOL(kobject_get);

struct kobject *kobject_get_unless_zero(struct kobject *kobj)
{
	if (!kobj || !kref_read(&kobj->kref))
		return NULL;
	kref_get(&kobj->kref);
	return kobj;
}
EXPORT_SYMBOL(kobject_get_unless_zero);

static void kobj_kset_join(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	kset_get(kobj->kset);
	list_add_tail(&kobj->entry, &kobj->kset->list);
}

static void kobj_kset_leave(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	list_del_init(&kobj->entry);
	kset_put(kobj->kset);
}

static int create_dir(struct kobject *kobj)
{
	int error;

	error = sysfs_create_dir_ns(kobj, NULL);
	if (error)
		return error;
	if (kobj->ktype->default_groups) {
		error = sysfs_create_groups(kobj, kobj->ktype->default_groups);
		if (error) {
			sysfs_remove_dir(kobj);
			return error;
		}
	}
	return 0;
}

static int kobject_add_internal(struct kobject *kobj)
{
	struct kobject *parent;
	int error;

	if (!kobj)
		return -ENOENT;
	if (!kobj->name || !kobj->name[0]) {
		WARN(1, "kobject: (%p): attempted to be registered with empty name!\n",
		     kobj);
		return -EINVAL;
	}
	parent = kobject_get(kobj->parent);
	if (kobj->kset) {
		if (!parent)
			parent = kobject_get(&kobj->kset->kobj);
		kobj_kset_join(kobj);
		kobj->parent = parent;
	}
	error = create_dir(kobj);
	if (error) {
		kobj_kset_leave(kobj);
		kobject_put(parent);
		kobj->parent = NULL;
		if (error == -EEXIST)
			pr_err("kobject_add_internal failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
			       kobject_name(kobj));
		else
			pr_err("kobject_add_internal failed for %s (error: %d parent: %s)\n",
			       kobject_name(kobj), error,
			       parent ? kobject_name(parent) : "'none'");
		return error;
	}
	kobj->state_in_sysfs = 1;
	return 0;
}

static int kobject_add_varg(struct kobject *kobj, struct kobject *parent,
			    const char *fmt, va_list vargs)
{
	int retval = kobject_set_name_vargs(kobj, fmt, vargs);

	if (retval)
		return retval;
	kobj->parent = parent;
	return kobject_add_internal(kobj);
}

int kobject_add(struct kobject *kobj, struct kobject *parent,
		const char *fmt, ...)
{
	va_list args;
	int retval;

	if (!kobj)
		return -EINVAL;
	if (!kobj->state_initialized) {
		pr_err("kobject '%s' (%p): tried to add an uninitialized object, something is seriously wrong.\n",
		       kobject_name(kobj), kobj);
		dump_stack();
		return -EINVAL;
	}
	va_start(args, fmt);
	retval = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return retval;
}
EXPORT_SYMBOL(kobject_add);

int kobject_init_and_add(struct kobject *kobj, const struct kobj_type *ktype,
			 struct kobject *parent, const char *fmt, ...)
{
	va_list args;
	int retval;

	kobject_init(kobj, ktype);
	va_start(args, fmt);
	retval = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return retval;
}
EXPORT_SYMBOL_GPL(kobject_init_and_add);

void kobject_del(struct kobject *kobj)
{
	struct kobject *parent;

	if (!kobj || !kobj->state_in_sysfs)
		return;
	parent = kobj->parent;
	if (kobj->ktype->default_groups)
		sysfs_remove_groups(kobj, kobj->ktype->default_groups);
	sysfs_remove_dir(kobj);
	kobj->state_in_sysfs = 0;
	kobj_kset_leave(kobj);
	kobj->parent = NULL;
	kobject_put(parent);
}
EXPORT_SYMBOL(kobject_del);

static void kobject_release(struct kref *kref)
{
	struct kobject *kobj = container_of(kref, struct kobject, kref);
	const struct kobj_type *t = kobj->ktype;
	const char *name = kobj->name;

	if (kobj->state_add_uevent_sent && !kobj->state_remove_uevent_sent)
		kobject_uevent(kobj, KOBJ_REMOVE);
	kobject_del(kobj);
	if (t && t->release)
		t->release(kobj);
	else
		pr_debug("kobject: '%s' (%p): does not have a release() function, it is broken and must be fixed. See Documentation/core-api/kobject.rst.\n",
			 name, kobj);
	kfree(name);
}

void kobject_put(struct kobject *kobj)
{
	if (!kobj)
		return;
	if (!kobj->state_initialized)
		WARN(1, KERN_WARNING "kobject: '%s' (%p): is not initialized, yet kobject_put() is being called.\n",
		     kobject_name(kobj), kobj);
	kref_put(&kobj->kref, kobject_release);
}
EXPORT_SYMBOL(kobject_put);

/* "/module/printk": the path below /sys. */
char *kobject_get_path(const struct kobject *kobj, gfp_t gfp_mask)
{
	const struct kobject *parent;
	size_t len = 1;
	char *path;

	for (parent = kobj; parent; parent = parent->parent)
		len += strlen(kobject_name(parent)) + 1;
	path = kzalloc(len, gfp_mask);
	if (!path)
		return NULL;
	len--;
	for (parent = kobj; parent; parent = parent->parent) {
		size_t cur = strlen(kobject_name(parent));

		len -= cur;
		memcpy(path + len, kobject_name(parent), cur);
		path[--len] = '/';
	}
	return path;
}
EXPORT_SYMBOL_GPL(kobject_get_path);

static void dynamic_kobj_release(struct kobject *kobj)
{
	kfree(kobj);
}

static const struct kobj_type dynamic_kobj_ktype = {
	.release	= dynamic_kobj_release,
	.sysfs_ops	= &kobj_sysfs_ops,
};

struct kobject *kobject_create_and_add(const char *name, struct kobject *parent)
{
	struct kobject *kobj = kzalloc(sizeof(*kobj), GFP_KERNEL);
	int retval;

	if (!kobj)
		return NULL;
	kobject_init(kobj, &dynamic_kobj_ktype);
	retval = kobject_add(kobj, parent, "%s", name);
	if (retval) {
		pr_warn("%s: kobject_add error: %d\n", __func__, retval);
		kobject_put(kobj);
		return NULL;
	}
	return kobj;
}
EXPORT_SYMBOL_GPL(kobject_create_and_add);

static ssize_t kobj_attr_show(struct kobject *kobj, struct attribute *attr,
			      char *buf)
{
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute,
						    attr);

	return kattr->show ? kattr->show(kobj, kattr, buf) : -EIO;
}

static ssize_t kobj_attr_store(struct kobject *kobj, struct attribute *attr,
			       const char *buf, size_t count)
{
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute,
						    attr);

	return kattr->store ? kattr->store(kobj, kattr, buf, count) : -EIO;
}

const struct sysfs_ops kobj_sysfs_ops = {
	.show	= kobj_attr_show,
	.store	= kobj_attr_store,
};
EXPORT_SYMBOL_GPL(kobj_sysfs_ops);

int kset_register(struct kset *k)
{
	int err;

	if (!k)
		return -EINVAL;
	if (!k->kobj.ktype) {
		pr_err("must have a ktype to be initialized properly!\n");
		return -EINVAL;
	}
	kobject_init_internal(&k->kobj);
	INIT_LIST_HEAD(&k->list);
	err = kobject_add_internal(&k->kobj);
	if (err)
		return err;
	kobject_uevent(&k->kobj, KOBJ_ADD);
	return 0;
}
EXPORT_SYMBOL(kset_register);

void kset_unregister(struct kset *k)
{
	if (!k)
		return;
	kobject_del(&k->kobj);
	kobject_put(&k->kobj);
}
EXPORT_SYMBOL(kset_unregister);

struct kobject *kset_find_obj(struct kset *kset, const char *name)
{
	struct kobject *k;

	list_for_each_entry(k, &kset->list, entry)
		if (kobject_name(k) && !strcmp(kobject_name(k), name))
			return kobject_get(k);
	return NULL;
}
EXPORT_SYMBOL_GPL(kset_find_obj);

static void kset_release(struct kobject *kobj)
{
	kfree(container_of(kobj, struct kset, kobj));
}

static const struct kobj_type kset_ktype = {
	.sysfs_ops	= &kobj_sysfs_ops,
	.release	= kset_release,
};

struct kset *kset_create_and_add(const char *name,
				 const struct kset_uevent_ops *uevent_ops,
				 struct kobject *parent_kobj)
{
	struct kset *kset = kzalloc(sizeof(*kset), GFP_KERNEL);

	if (!kset)
		return NULL;
	if (kobject_set_name(&kset->kobj, "%s", name)) {
		kfree(kset);
		return NULL;
	}
	kset->uevent_ops = uevent_ops;
	kset->kobj.parent = parent_kobj;
	kset->kobj.ktype = &kset_ktype;
	kset->kobj.kset = NULL;
	if (kset_register(kset)) {
		kset_put(kset);
		return NULL;
	}
	return kset;
}
EXPORT_SYMBOL_GPL(kset_create_and_add);
