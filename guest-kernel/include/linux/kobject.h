/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kobjects: reference-counted objects that appear as sysfs directories.
 * A kset is a kobject that collects others (/sys/module is one); a
 * kobj_type says how to release a kobject and show its attributes.
 */
#ifndef _LINUX_KOBJECT_H
#define _LINUX_KOBJECT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kref.h>
#include <linux/sysfs.h>

struct kset;

enum kobject_action {
	KOBJ_ADD,
	KOBJ_REMOVE,
	KOBJ_CHANGE,
	KOBJ_MOVE,
	KOBJ_ONLINE,
	KOBJ_OFFLINE,
	KOBJ_BIND,
	KOBJ_UNBIND,
};

struct kobject {
	const char *name;
	struct list_head entry;		/* in the kset's list */
	struct kobject *parent;
	struct kset *kset;
	const struct kobj_type *ktype;
	struct kernfs_node *sd;		/* the sysfs directory */
	struct kref kref;
	unsigned int state_initialized:1;
	unsigned int state_in_sysfs:1;
	unsigned int state_add_uevent_sent:1;
	unsigned int state_remove_uevent_sent:1;
	unsigned int uevent_suppress:1;
};

struct kobj_type {
	void (*release)(struct kobject *kobj);
	const struct sysfs_ops *sysfs_ops;
	const struct attribute_group **default_groups;
	/* namespaces and ownership: there are none here, only one root */
	const void *(*child_ns_type)(struct kobject *kobj);
	const void *(*namespace)(struct kobject *kobj);
	void (*get_ownership)(struct kobject *kobj, uid_t *uid, gid_t *gid);
};

/* An event's variables (KEY=value), as uevent callbacks add them. */
#define UEVENT_NUM_ENVP		64
#define UEVENT_BUFFER_SIZE	2048

struct kobj_uevent_env {
	char *argv[3];
	char *envp[UEVENT_NUM_ENVP];
	int envp_idx;
	char buf[UEVENT_BUFFER_SIZE];
	int buflen;
};

__printf(2, 3) int add_uevent_var(struct kobj_uevent_env *env,
				  const char *format, ...);

struct kset_uevent_ops {
	int (* const filter)(struct kobject *kobj);
	const char *(* const name)(struct kobject *kobj);
	int (* const uevent)(struct kobject *kobj, struct kobj_uevent_env *env);
};

struct kset {
	struct list_head list;
	unsigned int list_lock;		/* spinlock_t: one CPU, for the layout */
	struct kobject kobj;
	const struct kset_uevent_ops *uevent_ops;
};

/* An attribute of a plain kobject (kobject_create_and_add() ones). */
struct kobj_attribute {
	struct attribute attr;
	ssize_t (*show)(struct kobject *kobj, struct kobj_attribute *attr,
			char *buf);
	ssize_t (*store)(struct kobject *kobj, struct kobj_attribute *attr,
			 const char *buf, size_t count);
};

extern const struct sysfs_ops kobj_sysfs_ops;

/* The top-level directories that are plain kobjects. */
extern struct kobject *kernel_kobj;
extern struct kobject *hypervisor_kobj;
extern struct kobject *power_kobj;
extern struct kobject *firmware_kobj;
extern struct kobject *fs_kobj;

extern u64 uevent_seqnum;

static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

static inline struct kset *to_kset(struct kobject *kobj)
{
	return kobj ? container_of(kobj, struct kset, kobj) : NULL;
}

__printf(2, 3) int kobject_set_name(struct kobject *kobj, const char *name, ...);
void kobject_init(struct kobject *kobj, const struct kobj_type *ktype);
__printf(3, 4) int kobject_add(struct kobject *kobj, struct kobject *parent,
			       const char *fmt, ...);
__printf(4, 5) int kobject_init_and_add(struct kobject *kobj,
					const struct kobj_type *ktype,
					struct kobject *parent,
					const char *fmt, ...);
void kobject_del(struct kobject *kobj);
struct kobject *kobject_create_and_add(const char *name, struct kobject *parent);
struct kobject *kobject_get(struct kobject *kobj);
struct kobject *kobject_get_unless_zero(struct kobject *kobj);
void kobject_put(struct kobject *kobj);
char *kobject_get_path(const struct kobject *kobj, gfp_t flag);

int kset_register(struct kset *kset);
void kset_unregister(struct kset *kset);
struct kset *kset_create_and_add(const char *name,
				 const struct kset_uevent_ops *u,
				 struct kobject *parent_kobj);
struct kobject *kset_find_obj(struct kset *kset, const char *name);

static inline struct kset *kset_get(struct kset *k)
{
	return k ? to_kset(kobject_get(&k->kobj)) : NULL;
}

static inline void kset_put(struct kset *k)
{
	kobject_put(&k->kobj);
}

/* Events: counted in uevent_seqnum; there is no netlink or helper to tell. */
int kobject_uevent(struct kobject *kobj, enum kobject_action action);
int kobject_uevent_env(struct kobject *kobj, enum kobject_action action,
		       char *envp[]);
__printf(2, 3) int add_uevent_var(struct kobj_uevent_env *env,
				  const char *format, ...);
int kobject_synthesize_uevent(struct kobject *kobj, const char *buf,
			      size_t count);

#endif
