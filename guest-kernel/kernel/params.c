// SPDX-License-Identifier: GPL-2.0
/*
 * Command line parameters of built-in code: "name=value" words matched
 * against the __param table (module_param, core_param), anything else
 * handed to the caller's "unknown" function.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/stat.h>
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

void module_destroy_params(const struct kernel_param *params, unsigned int num)
{
	unsigned int i;

	for (i = 0; i < num; i++)
		if (params[i].ops->free)
			params[i].ops->free(params[i].arg);
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

int param_set_int(const char *val, const struct kernel_param *kp)
{
	return kstrtoint(val, 0, kp->arg);
}
EXPORT_SYMBOL(param_set_int);

int param_set_uint(const char *val, const struct kernel_param *kp)
{
	return kstrtouint(val, 0, kp->arg);
}
EXPORT_SYMBOL(param_set_uint);

int param_set_ulong(const char *val, const struct kernel_param *kp)
{
	return kstrtoul(val, 0, kp->arg);
}
EXPORT_SYMBOL(param_set_ulong);

/* A bare "name" means true. */
int param_set_bool(const char *val, const struct kernel_param *kp)
{
	return kstrtobool(val ?: "1", kp->arg);
}
EXPORT_SYMBOL(param_set_bool);

/* A bool that can be turned on, never off again (module.sig_enforce). */
int param_set_bool_enable_only(const char *val, const struct kernel_param *kp)
{
	struct kernel_param dummy = *kp;
	bool new_value;
	int err;

	dummy.arg = &new_value;
	err = param_set_bool(val, &dummy);
	if (err)
		return err;
	if (!new_value && *(bool *)kp->arg)
		return -EROFS;
	if (new_value)
		err = param_set_bool(val, kp);
	return err;
}
EXPORT_SYMBOL_GPL(param_set_bool_enable_only);

const struct kernel_param_ops param_ops_bool_enable_only = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bool_enable_only,
	.get = param_get_bool,
};
EXPORT_SYMBOL_GPL(param_ops_bool_enable_only);

/* kmalloc() works once mem_init() has built the page map. */
static bool slab_is_available(void)
{
	return mem_map != NULL;
}

/*
 * Early, the value stays in the (never freed) boot command line copy;
 * later buffers are temporary (the initcalls' command line copy, a
 * sysfs write), so the value is copied, as Linux does, into a buffer on
 * the kmalloced_params list, which a later set or the module's unload
 * (param_free_charp) frees.
 */
struct kmalloced_param {
	struct list_head list;
	char val[];
};
static LIST_HEAD(kmalloced_params);

static void *kmalloc_parameter(unsigned int size)
{
	struct kmalloced_param *p;

	p = kmalloc(sizeof(*p) + size, GFP_KERNEL);
	if (!p)
		return NULL;
	list_add(&p->list, &kmalloced_params);
	return p->val;
}

/* Does nothing if parameter wasn't kmalloced above. */
static void maybe_kfree_parameter(void *param)
{
	struct kmalloced_param *p;

	list_for_each_entry(p, &kmalloced_params, list) {
		if (p->val == param) {
			list_del(&p->list);
			kfree(p);
			break;
		}
	}
}

int param_set_charp(const char *val, const struct kernel_param *kp)
{
	size_t len, maxlen = 1024;

	len = strnlen(val, maxlen + 1);
	if (len == maxlen + 1) {
		pr_err("%s: string parameter too long\n", kp->name);
		return -ENOSPC;
	}
	maybe_kfree_parameter(*(char **)kp->arg);
	if (!slab_is_available()) {
		*(const char **)kp->arg = val;
		return 0;
	}
	*(char **)kp->arg = kmalloc_parameter(len + 1);
	if (!*(char **)kp->arg)
		return -ENOMEM;
	strcpy(*(char **)kp->arg, val);
	return 0;
}
EXPORT_SYMBOL(param_set_charp);

int param_get_int(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PAGE_SIZE, "%i\n", *((int *)kp->arg));
}
EXPORT_SYMBOL(param_get_int);

int param_get_uint(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PAGE_SIZE, "%u\n", *((unsigned int *)kp->arg));
}
EXPORT_SYMBOL(param_get_uint);

int param_get_ulong(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PAGE_SIZE, "%lu\n", *((unsigned long *)kp->arg));
}
EXPORT_SYMBOL(param_get_ulong);

int param_get_bool(char *buffer, const struct kernel_param *kp)
{
	return sprintf(buffer, "%c\n", *(bool *)kp->arg ? 'Y' : 'N');
}
EXPORT_SYMBOL(param_get_bool);

int param_get_charp(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PAGE_SIZE, "%s\n", *((char **)kp->arg));
}
EXPORT_SYMBOL(param_get_charp);

const struct kernel_param_ops param_ops_int = {
	.set = param_set_int,
	.get = param_get_int,
};
EXPORT_SYMBOL(param_ops_int);
const struct kernel_param_ops param_ops_uint = {
	.set = param_set_uint,
	.get = param_get_uint,
};
EXPORT_SYMBOL(param_ops_uint);
const struct kernel_param_ops param_ops_ulong = {
	.set = param_set_ulong,
	.get = param_get_ulong,
};
EXPORT_SYMBOL(param_ops_ulong);
const struct kernel_param_ops param_ops_bool = {
	.flags = KERNEL_PARAM_OPS_FL_NOARG,
	.set = param_set_bool,
	.get = param_get_bool,
};
EXPORT_SYMBOL(param_ops_bool);
void param_free_charp(void *arg)
{
	maybe_kfree_parameter(*((char **)arg));
}
EXPORT_SYMBOL(param_free_charp);

const struct kernel_param_ops param_ops_charp = {
	.set = param_set_charp,
	.get = param_get_charp,
	.free = param_free_charp,
};
EXPORT_SYMBOL(param_ops_charp);

/* The other types loaded modules use, with Linux's formats. */
#define STANDARD_PARAM_DEF(name, type, format, strtolfn)		\
	int param_set_##name(const char *val,				\
			     const struct kernel_param *kp)		\
	{								\
		return strtolfn(val, 0, (type *)kp->arg);		\
	}								\
	EXPORT_SYMBOL(param_set_##name);				\
	int param_get_##name(char *buffer,				\
			     const struct kernel_param *kp)		\
	{								\
		return scnprintf(buffer, PAGE_SIZE, format "\n",	\
				 *((type *)kp->arg));			\
	}								\
	EXPORT_SYMBOL(param_get_##name);				\
	const struct kernel_param_ops param_ops_##name = {		\
		.set = param_set_##name,				\
		.get = param_get_##name,				\
	};								\
	EXPORT_SYMBOL(param_ops_##name)

STANDARD_PARAM_DEF(byte, unsigned char, "%hhu", kstrtou8);
STANDARD_PARAM_DEF(short, short, "%hi", kstrtos16);
STANDARD_PARAM_DEF(ushort, unsigned short, "%hu", kstrtou16);
STANDARD_PARAM_DEF(long, long, "%li", kstrtol);
STANDARD_PARAM_DEF(ullong, unsigned long long, "%llu", kstrtoull);
STANDARD_PARAM_DEF(hexint, unsigned int, "%#08x", kstrtouint);

int param_set_invbool(const char *val, const struct kernel_param *kp)
{
	struct kernel_param dummy = { .arg = NULL };
	bool boolval;
	int ret;

	dummy.arg = &boolval;
	ret = param_set_bool(val, &dummy);
	if (ret == 0)
		*(bool *)kp->arg = !boolval;
	return ret;
}
EXPORT_SYMBOL(param_set_invbool);

int param_get_invbool(char *buffer, const struct kernel_param *kp)
{
	return sprintf(buffer, "%c\n", *(bool *)kp->arg ? 'N' : 'Y');
}
EXPORT_SYMBOL(param_get_invbool);

const struct kernel_param_ops param_ops_invbool = {
	.set = param_set_invbool,
	.get = param_get_invbool,
};
EXPORT_SYMBOL(param_ops_invbool);

/* module_param_string(): a fixed buffer of kps->maxlen bytes */
static int param_set_copystring(const char *val, const struct kernel_param *kp)
{
	const struct kparam_string *kps = kp->str;

	if (strlen(val) + 1 > kps->maxlen) {
		pr_err("%s: string doesn't fit in %u chars.\n",
		       kp->name, kps->maxlen - 1);
		return -ENOSPC;
	}
	strcpy(kps->string, val);
	return 0;
}

static int param_get_string(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, PAGE_SIZE, "%s\n", kp->str->string);
}

const struct kernel_param_ops param_ops_string = {
	.set = param_set_copystring,
	.get = param_get_string,
};
EXPORT_SYMBOL(param_ops_string);

/* module_param_array(): "a,b,c" set element by element */
static int param_array(const char *name, const char *val, unsigned int min,
		       unsigned int max, void *elem, int elemsize,
		       int (*set)(const char *, const struct kernel_param *),
		       s16 level, unsigned int *num)
{
	struct kernel_param kp = { .name = name, .arg = elem, .level = level };
	char save;
	int ret;

	*num = 0;
	do {
		int len;

		if (*num == max) {
			pr_err("%s: can only take %i arguments\n", name, max);
			return -EINVAL;
		}
		len = strcspn(val, ",");
		save = val[len];
		((char *)val)[len] = '\0';
		ret = set(val, &kp);
		if (ret != 0)
			return ret;
		kp.arg += elemsize;
		val += len + 1;
		(*num)++;
	} while (save == ',');

	if (*num < min) {
		pr_err("%s: needs at least %i arguments\n", name, min);
		return -EINVAL;
	}
	return 0;
}

static int param_array_set(const char *val, const struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	unsigned int temp_num;

	return param_array(kp->name, val, 1, arr->max, arr->elem,
			   arr->elemsize, arr->ops->set, kp->level,
			   arr->num ?: &temp_num);
}

static int param_array_get(char *buffer, const struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	struct kernel_param p = *kp;
	int i, off, ret;

	for (i = off = 0; i < (arr->num ? *arr->num : arr->max); i++) {
		/* each value ends in a newline: the comma replaces it */
		if (i)
			buffer[off - 1] = ',';
		p.arg = arr->elem + arr->elemsize * i;
		ret = arr->ops->get(buffer + off, &p);
		if (ret < 0)
			return ret;
		off += ret;
	}
	buffer[off] = '\0';
	return off;
}

static void param_array_free(void *arg)
{
	const struct kparam_array *arr = arg;
	unsigned int i;

	if (arr->ops->free)
		for (i = 0; i < (arr->num ? *arr->num : arr->max); i++)
			arr->ops->free(arr->elem + arr->elemsize * i);
}

const struct kernel_param_ops param_array_ops = {
	.set = param_array_set,
	.get = param_array_get,
	.free = param_array_free,
};
EXPORT_SYMBOL(param_array_ops);

/*
 * sysfs: /sys/module/<name>/parameters/<param> for every parameter with
 * a nonzero perm, readable and (if perm has write bits) writable.
 */
struct param_attribute {
	struct module_attribute mattr;
	const struct kernel_param *param;
};

struct module_param_attrs {
	unsigned int num;
	struct attribute_group grp;
	struct param_attribute attrs[];
};

#define to_param_attr(n) container_of(n, struct param_attribute, mattr)

/* Built-in modules' parameters share one lock; a loaded module has its own. */
static DEFINE_MUTEX(param_lock);

static struct mutex *kparam_lock(struct module *mod)
{
	return mod ? &mod->param_lock : &param_lock;
}

/*
 * A parameter's get or set runs under its module's lock, as Linux's
 * kernel_param_lock(): two writers of one module's parameters take turns.
 */
static ssize_t param_attr_show(struct module_attribute *mattr,
			       struct module_kobject *mk, char *buf)
{
	const struct kernel_param *kp = to_param_attr(mattr)->param;
	ssize_t count;

	if (!kp->ops->get)
		return -EPERM;
	mutex_lock(kparam_lock(mk->mod));
	count = kp->ops->get(buf, kp);
	mutex_unlock(kparam_lock(mk->mod));
	return count;
}

static ssize_t param_attr_store(struct module_attribute *mattr,
				struct module_kobject *mk,
				const char *buf, size_t len)
{
	const struct kernel_param *kp = to_param_attr(mattr)->param;
	int err;

	if (!kp->ops->set)
		return -EPERM;
	mutex_lock(kparam_lock(mk->mod));
	err = kp->ops->set(buf, kp);
	mutex_unlock(kparam_lock(mk->mod));
	return err ?: len;
}

/* Grow mk's parameter attributes by one (its group must not be in sysfs). */
static int add_sysfs_param(struct module_kobject *mk,
			   const struct kernel_param *kp, const char *name)
{
	unsigned int num = mk->mp ? mk->mp->num : 0, i;
	struct module_param_attrs *mp;
	struct attribute **attrs;
	struct param_attribute *pa;

	mp = kzalloc(sizeof(*mp) + (num + 1) * sizeof(mp->attrs[0]),
		     GFP_KERNEL);
	attrs = kzalloc((num + 2) * sizeof(*attrs), GFP_KERNEL);
	if (!mp || !attrs) {
		kfree(mp);
		kfree(attrs);
		return -ENOMEM;
	}
	if (mk->mp) {
		memcpy(mp->attrs, mk->mp->attrs, num * sizeof(mp->attrs[0]));
		kfree(mk->mp->grp.attrs);
		kfree(mk->mp);
	}
	pa = &mp->attrs[num];
	pa->param = kp;
	pa->mattr.show = param_attr_show;
	/* no runtime DAC change can make a read-only parameter writable */
	if (kp->perm & (S_IWUSR | S_IWGRP | S_IWOTH))
		pa->mattr.store = param_attr_store;
	pa->mattr.attr.name = name;
	pa->mattr.attr.mode = kp->perm;
	mp->num = num + 1;
	for (i = 0; i < mp->num; i++)
		attrs[i] = &mp->attrs[i].mattr.attr;
	mp->grp.name = "parameters";
	mp->grp.attrs = attrs;
	mk->mp = mp;
	return 0;
}

static void free_module_param_attrs(struct module_kobject *mk)
{
	if (mk->mp)
		kfree(mk->mp->grp.attrs);
	kfree(mk->mp);
	mk->mp = NULL;
}

/*
 * A module's parameters into sysfs (the loader calls this with the
 * module's kobject in sysfs already); name_skip skips "<mod>.".
 */
int module_param_sysfs_setup_mk(struct module_kobject *mk,
				const struct kernel_param *kparam,
				unsigned int num_params)
{
	unsigned int i;
	bool params = false;
	int err;

	for (i = 0; i < num_params; i++) {
		if (kparam[i].perm == 0)
			continue;
		err = add_sysfs_param(mk, &kparam[i], kparam[i].name);
		if (err) {
			free_module_param_attrs(mk);
			return err;
		}
		params = true;
	}
	if (!params)
		return 0;
	err = sysfs_create_group(&mk->kobj, &mk->mp->grp);
	if (err)
		free_module_param_attrs(mk);
	return err;
}

void module_param_sysfs_remove_mk(struct module_kobject *mk)
{
	if (mk->mp) {
		sysfs_remove_group(&mk->kobj, &mk->mp->grp);
		free_module_param_attrs(mk);
	}
}

#define to_module_attr(n) container_of(n, struct module_attribute, attr)
#define to_module_kobject(n) container_of(n, struct module_kobject, kobj)

static ssize_t module_attr_show(struct kobject *kobj, struct attribute *attr,
				char *buf)
{
	struct module_attribute *attribute = to_module_attr(attr);

	if (!attribute->show)
		return -EIO;
	return attribute->show(attribute, to_module_kobject(kobj), buf);
}

static ssize_t module_attr_store(struct kobject *kobj, struct attribute *attr,
				 const char *buf, size_t len)
{
	struct module_attribute *attribute = to_module_attr(attr);

	if (!attribute->store)
		return -EIO;
	return attribute->store(attribute, to_module_kobject(kobj), buf, len);
}

static const struct sysfs_ops module_sysfs_ops = {
	.show = module_attr_show,
	.store = module_attr_store,
};

static void module_kobj_release(struct kobject *kobj)
{
	struct module_kobject *mk = to_module_kobject(kobj);

	if (mk->kobj_release)
		mk->kobj_release(mk);
}

const struct kobj_type module_ktype = {
	.release = module_kobj_release,
	.sysfs_ops = &module_sysfs_ops,
};

static int uevent_filter(struct kobject *kobj)
{
	return kobj->ktype == &module_ktype;
}

static const struct kset_uevent_ops module_uevent_ops = {
	.filter = uevent_filter,
};

/* "uevent": write "add", "change"... to have the event sent (counted). */
static ssize_t store_uevent(struct module_attribute *mattr,
			    struct module_kobject *mk,
			    const char *buffer, size_t count)
{
	int rc = kobject_synthesize_uevent(&mk->kobj, buffer, count);

	return rc ? rc : count;
}

struct module_attribute module_uevent = __ATTR(uevent, 0200, NULL, store_uevent);

struct kset *module_kset;

/* The built-in "module" name's kobject, referenced; made on first use. */
static struct module_kobject *__init lookup_or_create_module_kobject(const char *name)
{
	struct module_kobject *mk;
	struct kobject *kobj;
	int err;

	kobj = kset_find_obj(module_kset, name);
	if (kobj)
		return to_module_kobject(kobj);
	mk = kzalloc(sizeof(*mk), GFP_KERNEL);
	if (!mk)
		return NULL;
	mk->kobj.kset = module_kset;
	err = kobject_init_and_add(&mk->kobj, &module_ktype, NULL, "%s", name);
	if (!err)
		err = sysfs_create_file(&mk->kobj, &module_uevent.attr);
	if (err) {
		kobject_put(&mk->kobj);
		pr_crit("Adding module '%s' to sysfs failed (%d), the system may be unstable.\n",
			name, err);
		return NULL;
	}
	kobject_get(&mk->kobj);
	return mk;
}

static void __init kernel_add_sysfs_param(const char *name,
					  const struct kernel_param *kparam,
					  unsigned int name_skip)
{
	struct module_kobject *mk = lookup_or_create_module_kobject(name);

	if (!mk)
		return;
	if (mk->mp)
		sysfs_remove_group(&mk->kobj, &mk->mp->grp);
	if (add_sysfs_param(mk, kparam, kparam->name + name_skip) ||
	    sysfs_create_group(&mk->kobj, &mk->mp->grp))
		pr_err("%s: cannot add parameter %s\n", name, kparam->name);
	kobject_uevent(&mk->kobj, KOBJ_ADD);
	kobject_put(&mk->kobj);
}

/* "printk.time" is "time" of module "printk"; core_param()s are "kernel"'s. */
static void __init param_sysfs_builtin(void)
{
	const struct kernel_param *kp;
	char modname[MODULE_NAME_LEN];
	unsigned int name_len;

	for (kp = __start___param; kp < __stop___param; kp++) {
		const char *dot;

		if (kp->perm == 0)
			continue;
		dot = strchr(kp->name, '.');
		if (!dot) {
			strcpy(modname, "kernel");
			name_len = 0;
		} else {
			name_len = dot - kp->name + 1;
			strscpy(modname, kp->name, min(name_len,
						       (unsigned int)MODULE_NAME_LEN));
		}
		kernel_add_sysfs_param(modname, kp, name_len);
	}
}

/* MODULE_VERSION() of built-in code: /sys/module/<modname>/version. */
ssize_t __modver_version_show(struct module_attribute *mattr,
			      struct module_kobject *mk, char *buf)
{
	const struct module_version_attribute *vattr =
		container_of(mattr, struct module_version_attribute, mattr);

	return scnprintf(buf, PAGE_SIZE, "%s\n", vattr->version);
}

extern const struct module_version_attribute __start___modver[];
extern const struct module_version_attribute __stop___modver[];

static void __init version_sysfs_builtin(void)
{
	const struct module_version_attribute *vattr;
	struct module_kobject *mk;

	for (vattr = __start___modver; vattr < __stop___modver; vattr++) {
		mk = lookup_or_create_module_kobject(vattr->module_name);
		if (!mk)
			continue;
		if (sysfs_create_file(&mk->kobj, &vattr->mattr.attr))
			pr_err("%s: cannot add its version\n", vattr->module_name);
		kobject_uevent(&mk->kobj, KOBJ_ADD);
		kobject_put(&mk->kobj);
	}
}

static int __init param_sysfs_init(void)
{
	module_kset = kset_create_and_add("module", &module_uevent_ops, NULL);
	if (!module_kset) {
		printk(KERN_WARNING "%s (%d): error creating kset\n",
		       __FILE__, __LINE__);
		return -ENOMEM;
	}
	version_sysfs_builtin();
	param_sysfs_builtin();
	return 0;
}
subsys_initcall(param_sysfs_init);
