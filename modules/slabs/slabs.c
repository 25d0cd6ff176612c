// SPDX-License-Identifier: GPL-2.0
/*
 * kmem_caches as a module author checks them in /proc/slabinfo: one with
 * a constructor, one SLAB_TYPESAFE_BY_RCU and cache-line aligned, and two
 * of nearly the same size that SLUB merges into one. Each is filled with a
 * fixed number of objects at load and emptied at unload, so the counts
 * depend only on SLUB's sizing rules: with one CPU every slab a cache has
 * is the CPU's or full, and all its objects count as active.
 * A write to the churn parameter allocates 40 more objects of kobox_rcu
 * (five more slabs) and frees them all: each slab they leave partly or
 * wholly free goes to the CPU's partial list, which SLUB still counts as
 * active and does not give back (up to 6 slabs for objects of 1 KiB).
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>

#define NR_CTOR	10
#define NR_RCU	9
#define NR_MERGE 5

static struct kmem_cache *ctor_cache, *rcu_cache, *merge_a, *merge_b;
static void *ctor_objs[NR_CTOR], *rcu_objs[NR_RCU];
static void *a_objs[NR_MERGE], *b_objs[NR_MERGE];
static int ctor_calls;

static void slabs_ctor(void *p)
{
	memset(p, 0x5a, 200);
	ctor_calls++;
}

static int fill(struct kmem_cache *s, void **objs, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		if (!objs[i])
			return -ENOMEM;
	}
	return 0;
}

static void empty(struct kmem_cache *s, void **objs, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (objs[i])
			kmem_cache_free(s, objs[i]);
}

/* What init_on_alloc (on in Debian's config) and the constructor leave. */
static void report_contents(void)
{
	unsigned char *c = ctor_objs[0], *a = a_objs[0];

	pr_info("slabs: constructed object starts %#x, ends %#x, constructor ran for every object of the slab: %s\n",
		c[0], c[199], ctor_calls >= NR_CTOR ? "yes" : "no");
	pr_info("slabs: plain object zeroed: %s\n",
		!memchr_inv(a, 0, 96) ? "yes" : "no");
}

static void destroy_all(void)
{
	kmem_cache_destroy(merge_b);
	kmem_cache_destroy(merge_a);
	kmem_cache_destroy(rcu_cache);
	kmem_cache_destroy(ctor_cache);
}

static int __init slabs_init(void)
{
	int err = -ENOMEM;

	ctor_cache = kmem_cache_create("kobox_ctor", 200, 0, 0, slabs_ctor);
	rcu_cache = kmem_cache_create("kobox_rcu", 1000, 0,
				      SLAB_TYPESAFE_BY_RCU | SLAB_HWCACHE_ALIGN, NULL);
	/* SLAB_CACHE_DMA32 and an odd size keep A apart from the kernel's caches */
	merge_a = kmem_cache_create("kobox_merge_a", 1352, 0, SLAB_CACHE_DMA32, NULL);
	merge_b = kmem_cache_create("kobox_merge_b", 1348, 0, SLAB_CACHE_DMA32, NULL);
	if (!ctor_cache || !rcu_cache || !merge_a || !merge_b)
		goto fail;
	pr_info("slabs: kobox_merge_b merged into kobox_merge_a: %s\n",
		merge_a == merge_b ? "yes" : "no");
	err = fill(ctor_cache, ctor_objs, NR_CTOR) ?:
	      fill(rcu_cache, rcu_objs, NR_RCU) ?:
	      fill(merge_a, a_objs, NR_MERGE) ?:
	      fill(merge_b, b_objs, NR_MERGE);
	if (err)
		goto fail;
	report_contents();
	return 0;
fail:
	empty(merge_b, b_objs, NR_MERGE);
	empty(merge_a, a_objs, NR_MERGE);
	empty(rcu_cache, rcu_objs, NR_RCU);
	empty(ctor_cache, ctor_objs, NR_CTOR);
	destroy_all();
	return err;
}

#define NR_CHURN 40

static int churn_set(const char *val, const struct kernel_param *kp)
{
	void *objs[NR_CHURN] = { };
	int err;

	err = fill(rcu_cache, objs, NR_CHURN);
	empty(rcu_cache, objs, NR_CHURN);
	return err;
}

static const struct kernel_param_ops churn_ops = { .set = churn_set };
module_param_cb(churn, &churn_ops, NULL, 0200);

static void __exit slabs_exit(void)
{
	empty(merge_b, b_objs, NR_MERGE);
	empty(merge_a, a_objs, NR_MERGE);
	empty(rcu_cache, rcu_objs, NR_RCU);
	empty(ctor_cache, ctor_objs, NR_CTOR);
	synchronize_rcu();
	destroy_all();
}

module_init(slabs_init);
module_exit(slabs_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kmem_cache sizing and merging, seen in /proc/slabinfo");
