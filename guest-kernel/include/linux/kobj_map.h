/* SPDX-License-Identifier: GPL-2.0 */
/* Which object answers for a dev_t: character devices' cdev_map. */
#ifndef _LINUX_KOBJ_MAP_H
#define _LINUX_KOBJ_MAP_H

#include <linux/types.h>

struct kobject;
struct module;
struct kobj_map;

typedef struct kobject *kobj_probe_t(dev_t, int *, void *);

int kobj_map(struct kobj_map *domain, dev_t dev, unsigned long range,
	     struct module *module, kobj_probe_t *probe,
	     int (*lock)(dev_t, void *), void *data);
void kobj_unmap(struct kobj_map *domain, dev_t dev, unsigned long range);
struct kobject *kobj_lookup(struct kobj_map *domain, dev_t dev, int *index);
struct kobj_map *kobj_map_init(kobj_probe_t *base_probe);

#endif
