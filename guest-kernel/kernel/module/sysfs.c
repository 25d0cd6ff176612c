// SPDX-License-Identifier: GPL-2.0
/*
 * /sys/module/<mod>/ of a loaded module: uevent, version, srcversion,
 * initstate, coresize, initsize, taint, refcnt, parameters/,
 * holders/ (a link per module using this one), sections/ (each
 * allocated section's address, for root) and notes/ (the contents of
 * its SHT_NOTE sections).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include "internal.h"

static ssize_t show_version(struct module_attribute *mattr,
			    struct module_kobject *mk, char *buffer)
{
	return sprintf(buffer, "%s\n", mk->mod->version);
}

static ssize_t show_srcversion(struct module_attribute *mattr,
			       struct module_kobject *mk, char *buffer)
{
	return sprintf(buffer, "%s\n", mk->mod->srcversion);
}

static ssize_t show_initstate(struct module_attribute *mattr,
			      struct module_kobject *mk, char *buffer)
{
	static const char *const states[] = {
		[MODULE_STATE_LIVE]	= "live",
		[MODULE_STATE_COMING]	= "coming",
		[MODULE_STATE_GOING]	= "going",
	};
	const char *state = "unknown";

	if (mk->mod->state < ARRAY_SIZE(states) && states[mk->mod->state])
		state = states[mk->mod->state];
	return sprintf(buffer, "%s\n", state);
}

static ssize_t show_coresize(struct module_attribute *mattr,
			     struct module_kobject *mk, char *buffer)
{
	return sprintf(buffer, "%u\n", mk->mod->core_layout.size);
}

static ssize_t show_initsize(struct module_attribute *mattr,
			     struct module_kobject *mk, char *buffer)
{
	return sprintf(buffer, "%u\n", mk->mod->init_layout.size);
}

static ssize_t show_taint(struct module_attribute *mattr,
			  struct module_kobject *mk, char *buffer)
{
	size_t l = module_flags_taint(mk->mod->taints, buffer);

	buffer[l++] = '\n';
	return l;
}

static ssize_t show_refcnt(struct module_attribute *mattr,
			   struct module_kobject *mk, char *buffer)
{
	return sprintf(buffer, "%i\n", module_refcount(mk->mod));
}

/* version and srcversion only when .modinfo had them */
static int version_exists(struct module *mod)
{
	return mod->version && *mod->version;
}

static int srcversion_exists(struct module *mod)
{
	return mod->srcversion && *mod->srcversion;
}

static struct module_attribute modinfo_version = {
	.attr = { .name = "version", .mode = 0444 },
	.show = show_version, .test = version_exists,
};
static struct module_attribute modinfo_srcversion = {
	.attr = { .name = "srcversion", .mode = 0444 },
	.show = show_srcversion, .test = srcversion_exists,
};
static struct module_attribute modinfo_initstate =
	__ATTR(initstate, 0444, show_initstate, NULL);
static struct module_attribute modinfo_coresize =
	__ATTR(coresize, 0444, show_coresize, NULL);
static struct module_attribute modinfo_initsize =
	__ATTR(initsize, 0444, show_initsize, NULL);
static struct module_attribute modinfo_taint =
	__ATTR(taint, 0444, show_taint, NULL);
static struct module_attribute modinfo_refcnt =
	__ATTR(refcnt, 0444, show_refcnt, NULL);

static struct module_attribute *modinfo_attrs[] = {
	&module_uevent, &modinfo_version, &modinfo_srcversion,
	&modinfo_initstate, &modinfo_coresize, &modinfo_initsize,
	&modinfo_taint, &modinfo_refcnt,
};

static void module_remove_modinfo_attrs(struct module *mod, int end)
{
	int i;

	for (i = 0; i < end; i++) {
		struct module_attribute *attr = modinfo_attrs[i];

		if (!attr->test || attr->test(mod))
			sysfs_remove_file(&mod->mkobj.kobj, &attr->attr);
	}
}

static int module_add_modinfo_attrs(struct module *mod)
{
	int i, err;

	for (i = 0; i < ARRAY_SIZE(modinfo_attrs); i++) {
		struct module_attribute *attr = modinfo_attrs[i];

		if (attr->test && !attr->test(mod))
			continue;
		err = sysfs_create_file(&mod->mkobj.kobj, &attr->attr);
		if (err) {
			module_remove_modinfo_attrs(mod, i);
			return err;
		}
	}
	return 0;
}

/* sections/ or notes/: one binary attribute per section */
struct module_sect_attrs {
	struct attribute_group grp;
	unsigned int nsections;
	struct bin_attribute attrs[];
};

/* "0x", a hex digit per 4 bits of an address and a newline (11 bytes on 32-bit ARM) */
#define MODULE_SECT_READ_SIZE	(3 + BITS_PER_LONG / 4)

static ssize_t module_sect_read(struct file *file, struct kobject *kobj,
				struct bin_attribute *battr, char *buf,
				loff_t pos, size_t count)
{
	char text[MODULE_SECT_READ_SIZE + 1];

	if (pos != 0)
		return -EINVAL;
	count = min(count, (size_t)sprintf(text, "0x%px\n", battr->private));
	memcpy(buf, text, count);
	return count;
}

static ssize_t module_notes_read(struct file *file, struct kobject *kobj,
				 struct bin_attribute *battr, char *buf,
				 loff_t pos, size_t count)
{
	if (pos >= battr->size)
		return 0;
	count = min(count, (size_t)(battr->size - pos));
	memcpy(buf, battr->private + pos, count);
	return count;
}

static bool sect_empty(const Elf_Shdr *s)
{
	return !(s->sh_flags & SHF_ALLOC) || s->sh_size == 0;
}

static bool is_note(const Elf_Shdr *s)
{
	return !sect_empty(s) && s->sh_type == SHT_NOTE;
}

static void free_sect_attrs(struct module_sect_attrs *sattrs)
{
	unsigned int i;

	for (i = 0; i < sattrs->nsections; i++)
		kfree(sattrs->attrs[i].attr.name);
	kfree(sattrs->grp.bin_attrs);
	kfree(sattrs);
}

/* Group dir: every allocated section, or only notes; NULL if none. */
static struct module_sect_attrs *
sect_attrs_group(const struct load_info *info, const char *dir, bool notes)
{
	struct module_sect_attrs *sattrs;
	unsigned int i, n = 0;

	for (i = 0; i < info->hdr->e_shnum; i++)
		if (notes ? is_note(&info->sechdrs[i]) : !sect_empty(&info->sechdrs[i]))
			n++;
	if (!n)
		return NULL;
	sattrs = kzalloc(sizeof(*sattrs) + n * sizeof(sattrs->attrs[0]),
			 GFP_KERNEL);
	if (!sattrs)
		return NULL;
	sattrs->grp.name = dir;
	sattrs->grp.bin_attrs = kzalloc((n + 1) * sizeof(void *), GFP_KERNEL);
	if (!sattrs->grp.bin_attrs)
		goto out;
	for (i = 0; i < info->hdr->e_shnum; i++) {
		const Elf_Shdr *s = &info->sechdrs[i];
		struct bin_attribute *battr = &sattrs->attrs[sattrs->nsections];

		if (notes ? !is_note(s) : sect_empty(s))
			continue;
		battr->attr.name = kstrdup(info->secstrings + s->sh_name,
					   GFP_KERNEL);
		if (!battr->attr.name)
			goto out;
		sattrs->grp.bin_attrs[sattrs->nsections++] = battr;
		battr->private = (void *)s->sh_addr;
		battr->attr.mode = notes ? 0444 : 0400;
		battr->size = notes ? s->sh_size : MODULE_SECT_READ_SIZE;
		battr->read = notes ? module_notes_read : module_sect_read;
	}
	return sattrs;
out:
	free_sect_attrs(sattrs);
	return NULL;
}

static void add_sect_attrs(struct module *mod, const struct load_info *info)
{
	mod->sect_attrs = sect_attrs_group(info, "sections", false);
	if (mod->sect_attrs &&
	    sysfs_create_group(&mod->mkobj.kobj, &mod->sect_attrs->grp)) {
		free_sect_attrs(mod->sect_attrs);
		mod->sect_attrs = NULL;
	}
	mod->notes_attrs = sect_attrs_group(info, "notes", true);
	if (mod->notes_attrs &&
	    sysfs_create_group(&mod->mkobj.kobj, &mod->notes_attrs->grp)) {
		free_sect_attrs(mod->notes_attrs);
		mod->notes_attrs = NULL;
	}
}

static void remove_sect_attrs(struct module *mod)
{
	struct module_sect_attrs **group[] = { &mod->sect_attrs,
					       &mod->notes_attrs };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(group); i++) {
		if (!*group[i])
			continue;
		sysfs_remove_group(&mod->mkobj.kobj, &(*group[i])->grp);
		free_sect_attrs(*group[i]);
		*group[i] = NULL;
	}
}

static int mod_sysfs_init(struct module *mod)
{
	struct kobject *kobj;
	int err;

	if (!module_kset) {
		pr_err("%s: module sysfs not initialized\n", mod->name);
		return -EINVAL;
	}
	kobj = kset_find_obj(module_kset, mod->name);
	if (kobj) {
		pr_err("%s: module is already loaded\n", mod->name);
		kobject_put(kobj);
		return -EINVAL;
	}
	mod->mkobj.mod = mod;
	memset(&mod->mkobj.kobj, 0, sizeof(mod->mkobj.kobj));
	mod->mkobj.kobj.kset = module_kset;
	err = kobject_init_and_add(&mod->mkobj.kobj, &module_ktype, NULL,
				   "%s", mod->name);
	if (err)
		kobject_put(&mod->mkobj.kobj);
	return err;
}

/* holders/<user> links, in the modules this one uses */
static void add_usage_links(struct module *mod)
{
	struct module_use *use;

	list_for_each_entry(use, &mod->target_list, target_list)
		sysfs_create_link(use->target->holders_dir, &mod->mkobj.kobj,
				  mod->name);
}

static void del_usage_links(struct module *mod)
{
	struct module_use *use;

	list_for_each_entry(use, &mod->target_list, target_list)
		sysfs_remove_link(use->target->holders_dir, mod->name);
}

int mod_sysfs_setup(struct module *mod, const struct load_info *info)
{
	int err;

	err = mod_sysfs_init(mod);
	if (err)
		return err;
	err = -ENOMEM;
	mod->holders_dir = kobject_create_and_add("holders", &mod->mkobj.kobj);
	if (!mod->holders_dir)
		goto out_unreg;
	err = module_param_sysfs_setup_mk(&mod->mkobj, mod->kp, mod->num_kp);
	if (err)
		goto out_unreg_holders;
	err = module_add_modinfo_attrs(mod);
	if (err)
		goto out_unreg_param;
	add_usage_links(mod);
	add_sect_attrs(mod, info);
	return 0;

out_unreg_param:
	module_param_sysfs_remove_mk(&mod->mkobj);
out_unreg_holders:
	kobject_put(mod->holders_dir);
out_unreg:
	kobject_del(&mod->mkobj.kobj);
	kobject_put(&mod->mkobj.kobj);
	return err;
}

void mod_sysfs_teardown(struct module *mod)
{
	remove_sect_attrs(mod);
	del_usage_links(mod);
	module_remove_modinfo_attrs(mod, ARRAY_SIZE(modinfo_attrs));
	module_param_sysfs_remove_mk(&mod->mkobj);
	kobject_put(mod->mkobj.drivers_dir);	/* drivers/base/module.c's */
	kobject_put(mod->holders_dir);
	kobject_del(&mod->mkobj.kobj);
	kobject_put(&mod->mkobj.kobj);
}
