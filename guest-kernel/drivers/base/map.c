// SPDX-License-Identifier: GPL-2.0
/*
 * A map from dev_t ranges to the objects behind them, as Linux's: ranges
 * hashed by major into 255 chains, each kept with its narrowest ranges
 * first, so a lookup finds the most specific registration. A lookup takes
 * a reference through the entry's lock() (cdev_get() for character
 * devices); a dev_t nobody registered goes to the map's base probe.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/kdev_t.h>
#include <linux/kobj_map.h>
#include <linux/module.h>
#include <linux/slab.h>

struct probe {
	struct probe *next;
	dev_t dev;
	unsigned long range;
	struct module *owner;
	kobj_probe_t *get;
	int (*lock)(dev_t, void *);
	void *data;
};

struct kobj_map {
	struct probe *probes[255];
};

int kobj_map(struct kobj_map *domain, dev_t dev, unsigned long range,
	     struct module *module, kobj_probe_t *probe,
	     int (*lock)(dev_t, void *), void *data)
{
	unsigned int n = MAJOR(dev + range - 1) - MAJOR(dev) + 1;
	unsigned int index = MAJOR(dev);
	struct probe *p, **s;
	unsigned int i;

	if (n > 255)
		n = 255;
	p = kmalloc(n * sizeof(struct probe), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	for (i = 0; i < n; i++, p++) {
		p->owner = module;
		p->get = probe;
		p->lock = lock;
		p->dev = dev;
		p->range = range;
		p->data = data;
	}
	for (i = 0, p -= n; i < n; i++, p++, index++) {
		s = &domain->probes[index % 255];
		while (*s && (*s)->range < range)
			s = &(*s)->next;
		p->next = *s;
		*s = p;
	}
	return 0;
}

void kobj_unmap(struct kobj_map *domain, dev_t dev, unsigned long range)
{
	unsigned int n = MAJOR(dev + range - 1) - MAJOR(dev) + 1;
	unsigned int index = MAJOR(dev);
	struct probe *found = NULL, **s, *p;
	unsigned int i;

	if (n > 255)
		n = 255;
	for (i = 0; i < n; i++, index++) {
		for (s = &domain->probes[index % 255]; *s; s = &(*s)->next) {
			p = *s;
			if (p->dev == dev && p->range == range) {
				*s = p->next;
				if (!found)
					found = p;
				break;
			}
		}
	}
	kfree(found);
}

struct kobject *kobj_lookup(struct kobj_map *domain, dev_t dev, int *index)
{
	unsigned long best = ~0UL;
	struct kobject *kobj;
	struct probe *p;

retry:
	for (p = domain->probes[MAJOR(dev) % 255]; p; p = p->next) {
		struct kobject *(*probe)(dev_t, int *, void *);
		struct module *owner;
		void *data;

		if (p->dev > dev || p->dev + p->range - 1 < dev)
			continue;
		if (p->range - 1 >= best)
			break;
		if (!try_module_get(p->owner))
			continue;
		owner = p->owner;
		data = p->data;
		probe = p->get;
		best = p->range - 1;
		*index = dev - p->dev;
		if (p->lock && p->lock(dev, data) < 0) {
			module_put(owner);
			continue;
		}
		kobj = probe(dev, index, data);
		module_put(owner);
		if (kobj)
			return kobj;
		goto retry;
	}
	return NULL;
}

/* The base probe answers for every dev_t: it is the chains' last entry. */
struct kobj_map *kobj_map_init(kobj_probe_t *base_probe)
{
	struct kobj_map *p = kzalloc(sizeof(struct kobj_map), GFP_KERNEL);
	struct probe *base = kzalloc(sizeof(*base), GFP_KERNEL);
	int i;

	if (!p || !base) {
		kfree(p);
		kfree(base);
		return NULL;
	}
	base->dev = 1;
	base->range = ~0;
	base->get = base_probe;
	for (i = 0; i < 255; i++)
		p->probes[i] = base;
	return p;
}
