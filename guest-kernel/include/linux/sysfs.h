/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sysfs: kobjects as directories, their attributes as files, as Linux
 * 6.1 shows them (text attributes read as one page; writes of up to a
 * page reach ->store in one piece, NUL-terminated).
 */
#ifndef _LINUX_SYSFS_H
#define _LINUX_SYSFS_H

#include <linux/types.h>
#include <linux/kernfs.h>
#include <linux/stringify.h>

struct kobject;
struct file;
struct address_space;
struct vm_area_struct;

struct attribute {
	const char *name;
	umode_t mode;
};

struct bin_attribute {
	struct attribute attr;
	size_t size;			/* shown as the file size */
	void *private;
	struct address_space *(*f_mapping)(void);
	ssize_t (*read)(struct file *, struct kobject *, struct bin_attribute *,
			char *, loff_t, size_t);
	ssize_t (*write)(struct file *, struct kobject *, struct bin_attribute *,
			 char *, loff_t, size_t);
	int (*mmap)(struct file *, struct kobject *, struct bin_attribute *attr,
		    struct vm_area_struct *vma);
};

/*
 * A group of attributes, in a subdirectory if it has a name.
 * is_visible() may hide an attribute (0) or give it another mode.
 */
struct attribute_group {
	const char *name;
	umode_t (*is_visible)(struct kobject *, struct attribute *, int);
	umode_t (*is_bin_visible)(struct kobject *, struct bin_attribute *, int);
	struct attribute **attrs;
	struct bin_attribute **bin_attrs;
};

struct sysfs_ops {
	ssize_t (*show)(struct kobject *, struct attribute *, char *);
	ssize_t (*store)(struct kobject *, struct attribute *, const char *,
			 size_t);
};

#define __ATTR(_name, _mode, _show, _store) {				\
	.attr = { .name = __stringify(_name), .mode = _mode },		\
	.show = _show,							\
	.store = _store,						\
}

#define __ATTR_RO(_name) {						\
	.attr = { .name = __stringify(_name), .mode = 0444 },		\
	.show = _name##_show,						\
}

#define __ATTR_RO_MODE(_name, _mode) {					\
	.attr = { .name = __stringify(_name), .mode = _mode },		\
	.show = _name##_show,						\
}

#define __ATTR_RW_MODE(_name, _mode) {					\
	.attr = { .name = __stringify(_name), .mode = _mode },		\
	.show = _name##_show,						\
	.store = _name##_store,						\
}

#define __ATTR_WO(_name) {						\
	.attr = { .name = __stringify(_name), .mode = 0200 },		\
	.store = _name##_store,						\
}

#define __ATTR_RW(_name) __ATTR(_name, 0644, _name##_show, _name##_store)

#define __ATTR_NULL { .attr = { .name = NULL } }

#define __ATTRIBUTE_GROUPS(_name)				\
static const struct attribute_group *_name##_groups[] = {	\
	&_name##_group,						\
	NULL,							\
}

#define ATTRIBUTE_GROUPS(_name)					\
static const struct attribute_group _name##_group = {		\
	.attrs = _name##_attrs,					\
};								\
__ATTRIBUTE_GROUPS(_name)

int sysfs_create_dir_ns(struct kobject *kobj, const void *ns);
void sysfs_remove_dir(struct kobject *kobj);
int sysfs_create_mount_point(struct kobject *parent_kobj, const char *name);
void sysfs_remove_mount_point(struct kobject *parent_kobj, const char *name);
int sysfs_create_file_ns(struct kobject *kobj, const struct attribute *attr,
			 const void *ns);
void sysfs_remove_file_ns(struct kobject *kobj, const struct attribute *attr,
			  const void *ns);
int sysfs_create_files(struct kobject *kobj, const struct attribute * const *attr);
int sysfs_chmod_file(struct kobject *kobj, const struct attribute *attr,
		     umode_t mode);
void sysfs_remove_files(struct kobject *kobj, const struct attribute * const *attr);
int sysfs_create_bin_file(struct kobject *kobj, const struct bin_attribute *attr);
void sysfs_remove_bin_file(struct kobject *kobj, const struct bin_attribute *attr);
int sysfs_create_link(struct kobject *kobj, struct kobject *target,
		      const char *name);
int sysfs_create_link_nowarn(struct kobject *kobj, struct kobject *target,
			     const char *name);
void sysfs_remove_link(struct kobject *kobj, const char *name);
int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp);
int sysfs_create_groups(struct kobject *kobj,
			const struct attribute_group **groups);
int sysfs_update_group(struct kobject *kobj, const struct attribute_group *grp);
int sysfs_update_groups(struct kobject *kobj,
			const struct attribute_group **groups);
void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp);
void sysfs_remove_groups(struct kobject *kobj,
			 const struct attribute_group **groups);
int sysfs_add_file_to_group(struct kobject *kobj, const struct attribute *attr,
			    const char *group);
void sysfs_remove_file_from_group(struct kobject *kobj,
				  const struct attribute *attr,
				  const char *group);

__printf(2, 3) int sysfs_emit(char *buf, const char *fmt, ...);
__printf(3, 4) int sysfs_emit_at(char *buf, int at, const char *fmt, ...);
bool sysfs_streq(const char *s1, const char *s2);
void sysfs_notify(struct kobject *kobj, const char *dir, const char *attr);

static inline int sysfs_create_file(struct kobject *kobj,
				    const struct attribute *attr)
{
	return sysfs_create_file_ns(kobj, attr, NULL);
}

static inline void sysfs_remove_file(struct kobject *kobj,
				     const struct attribute *attr)
{
	sysfs_remove_file_ns(kobj, attr, NULL);
}

#endif
