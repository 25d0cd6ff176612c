// SPDX-License-Identifier: GPL-2.0
/*
 * Managed resources, as Linux 6.1's drivers/base/devres.c: what a driver
 * gets with devm_*() is recorded on its device and released, newest
 * first, when the driver unbinds (or its probe fails, or the device
 * goes). Each record's data is aligned as kmalloc()'s (ARCH_DMA_MINALIGN).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "base.h"

/* "WARNING: ... at drivers/base/devres.c:N": Linux 6.1's line */
#define DEVM_KFREE_WARN_LINE	1073


struct devres_node {
	struct list_head entry;
	dr_release_t release;
	const char *name;
	size_t size;
};

struct devres {
	struct devres_node node;
	u8 __attribute__((aligned(ARCH_DMA_MINALIGN))) data[];
};

static struct devres *alloc_dr(dr_release_t release, size_t size, gfp_t gfp)
{
	struct devres *dr;

	dr = kmalloc(sizeof(*dr) + size, gfp);
	if (!dr)
		return NULL;
	if (!(gfp & __GFP_ZERO))
		memset(dr, 0, offsetof(struct devres, data));
	INIT_LIST_HEAD(&dr->node.entry);
	dr->node.release = release;
	dr->node.size = size;
	return dr;
}

void *__devres_alloc_node(dr_release_t release, size_t size, gfp_t gfp,
			  int nid, const char *name)
{
	struct devres *dr = alloc_dr(release, size, gfp | __GFP_ZERO);

	if (!dr)
		return NULL;
	dr->node.name = name;
	return dr->data;
}
EXPORT_SYMBOL_GPL(__devres_alloc_node);

void devres_free(void *res)
{
	if (res) {
		struct devres *dr = container_of(res, struct devres, data);

		BUG_ON(!list_empty(&dr->node.entry));
		kfree(dr);
	}
}
EXPORT_SYMBOL_GPL(devres_free);

void devres_add(struct device *dev, void *res)
{
	struct devres *dr = container_of(res, struct devres, data);

	list_add_tail(&dr->node.entry, &dev->devres_head);
}
EXPORT_SYMBOL_GPL(devres_add);

static struct devres *find_dr(struct device *dev, dr_release_t release,
			      dr_match_t match, void *match_data)
{
	struct devres_node *node;

	list_for_each_entry_reverse(node, &dev->devres_head, entry) {
		struct devres *dr = container_of(node, struct devres, node);

		if (node->release != release)
			continue;
		if (match && !match(dev, dr->data, match_data))
			continue;
		return dr;
	}
	return NULL;
}

/* Forget a resource (without releasing it): 0, or -ENOENT. */
noinline int devres_destroy(struct device *dev, dr_release_t release,
			    dr_match_t match, void *match_data)
{
	struct devres *dr = find_dr(dev, release, match, match_data);

	if (!dr)
		return -ENOENT;
	list_del_init(&dr->node.entry);
	devres_free(dr->data);
	return 0;
}
EXPORT_SYMBOL_GPL(devres_destroy);

/* Release everything, newest first: what unbinding a driver does. */
int devres_release_all(struct device *dev)
{
	int cnt = 0;

	if (!dev->devres_head.next)	/* never initialized */
		return -ENODEV;
	while (!list_empty(&dev->devres_head)) {
		struct devres *dr = list_last_entry(&dev->devres_head,
						    struct devres, node.entry);

		list_del_init(&dr->node.entry);
		if (dr->node.release)
			dr->node.release(dev, dr->data);
		kfree(dr);
		cnt++;
	}
	return cnt;
}

static void devm_kmalloc_release(struct device *dev, void *res)
{
	/* the memory is the record's own data: freeing the record frees it */
}

static int devm_kmalloc_match(struct device *dev, void *res, void *data)
{
	return res == data;
}

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp)
{
	struct devres *dr;

	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	dr = alloc_dr(devm_kmalloc_release, size, gfp);
	if (unlikely(!dr))
		return NULL;
	dr->node.name = "devm_kzalloc_release";
	devres_add(dev, dr->data);
	return dr->data;
}
EXPORT_SYMBOL_GPL(devm_kmalloc);

__sibling_calls void devm_kfree(struct device *dev, const void *p)
{
	int rc;

	if (unlikely(ZERO_OR_NULL_PTR(p)))
		return;
	rc = devres_destroy(dev, devm_kmalloc_release, devm_kmalloc_match,
			    (void *)p);
	WARN_ON_AT_LINE(DEVM_KFREE_WARN_LINE, rc);
}
EXPORT_SYMBOL_GPL(devm_kfree);

char *devm_kstrdup(struct device *dev, const char *s, gfp_t gfp)
{
	size_t size;
	char *buf;

	if (!s)
		return NULL;
	size = strlen(s) + 1;
	buf = devm_kmalloc(dev, size, gfp);
	if (buf)
		memcpy(buf, s, size);
	return buf;
}
EXPORT_SYMBOL_GPL(devm_kstrdup);

char *devm_kvasprintf(struct device *dev, gfp_t gfp, const char *fmt,
		      va_list ap)
{
	unsigned int len;
	char *p;
	va_list aq;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	p = devm_kmalloc(dev, len + 1, gfp);
	if (!p)
		return NULL;
	vsnprintf(p, len + 1, fmt, ap);
	return p;
}
EXPORT_SYMBOL(devm_kvasprintf);

char *devm_kasprintf(struct device *dev, gfp_t gfp, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = devm_kvasprintf(dev, gfp, fmt, ap);
	va_end(ap);
	return p;
}
EXPORT_SYMBOL_GPL(devm_kasprintf);

void *devm_kmemdup(struct device *dev, const void *src, size_t len, gfp_t gfp)
{
	void *p = devm_kmalloc(dev, len, gfp);

	if (p)
		memcpy(p, src, len);
	return p;
}
EXPORT_SYMBOL_GPL(devm_kmemdup);

struct action_devres {
	void *data;
	void (*action)(void *);
};

static int devm_action_match(struct device *dev, void *res, void *p)
{
	struct action_devres *devres = res;
	struct action_devres *target = p;

	return devres->action == target->action && devres->data == target->data;
}

static void devm_action_release(struct device *dev, void *res)
{
	struct action_devres *devres = res;

	devres->action(devres->data);
}

int devm_add_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres *devres;

	devres = __devres_alloc_node(devm_action_release,
				     sizeof(struct action_devres), GFP_KERNEL,
				     -1, "devm_action_release");
	if (!devres)
		return -ENOMEM;
	devres->data = data;
	devres->action = action;
	devres_add(dev, devres);
	return 0;
}
EXPORT_SYMBOL_GPL(devm_add_action);

/* Run an action now and forget it. */
void devm_release_action(struct device *dev, void (*action)(void *),
			 void *data)
{
	struct action_devres action_data = { .data = data, .action = action };
	struct devres *dr = find_dr(dev, devm_action_release, devm_action_match,
				    &action_data);

	WARN_ON(!dr);
	if (!dr)
		return;
	list_del_init(&dr->node.entry);
	devm_action_release(dev, dr->data);
	devres_free(dr->data);
}
EXPORT_SYMBOL_GPL(devm_release_action);
