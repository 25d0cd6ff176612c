// SPDX-License-Identifier: GPL-2.0
/*
 * An ordinary module that allocates: a list of nodes from its own
 * kmem_cache, names from kasprintf(), buffers from kmalloc(), krealloc(),
 * vmalloc() and the page allocator, and /proc/alloc listing the nodes.
 * What it prints depends only on the allocator's rules (ksize() of each
 * kmalloc size class), never on addresses.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>

static int count = 4;
module_param(count, int, 0444);
MODULE_PARM_DESC(count, "how many nodes init builds");

static char *label = "node";
module_param(label, charp, 0444);
MODULE_PARM_DESC(label, "prefix of each node's name");

struct alloc_node {
	struct list_head list;
	int index;
	char *name;
};

static LIST_HEAD(nodes);
static struct kmem_cache *node_cache;

static int alloc_show(struct seq_file *m, void *v)
{
	struct alloc_node *n;

	list_for_each_entry(n, &nodes, list)
		seq_printf(m, "%d %s\n", n->index, n->name);
	seq_puts(m, "end\n");
	return 0;
}

static void free_nodes(void)
{
	struct alloc_node *n, *tmp;
	int freed = 0;

	list_for_each_entry_safe(n, tmp, &nodes, list) {
		list_del(&n->list);
		kfree(n->name);
		kmem_cache_free(node_cache, n);
		freed++;
	}
	pr_info("alloc: freed %d nodes\n", freed);
}

static int build_nodes(void)
{
	struct alloc_node *n;
	int i;

	for (i = 0; i < count; i++) {
		n = kmem_cache_zalloc(node_cache, GFP_KERNEL);
		if (!n)
			return -ENOMEM;
		n->index = i;
		n->name = kasprintf(GFP_KERNEL, "%s-%d", label, i * i);
		list_add_tail(&n->list, &nodes);
		if (!n->name)
			return -ENOMEM;
	}
	return 0;
}

/* ksize() shows which kmalloc cache (or how many pages) served each size. */
static void report_sizes(void)
{
	static const size_t sizes[] = { 1, 128, 129, 700, 4096, 5000, 8192, 9000 };
	char line[128];
	int i, len = 0;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		void *p = kmalloc(sizes[i], GFP_KERNEL);

		len += scnprintf(line + len, sizeof(line) - len, " %zu:%zu",
				 sizes[i], ksize(p));
		kfree(p);
	}
	pr_info("alloc: ksize%s\n", line);
}

/* Constant sizes: kmalloc_trace() on a kmalloc_caches entry, kmalloc_large(). */
static int report_constant_sizes(void)
{
	struct alloc_node *small = kzalloc(sizeof(*small), GFP_KERNEL);
	void *dma = kmalloc(300, GFP_KERNEL | GFP_DMA);
	void *large = kmalloc(20000, GFP_KERNEL);
	int err = -ENOMEM;

	if (small && dma && large) {
		pr_info("alloc: kzalloc(%zu) %zu, dma kmalloc(300) %zu, kmalloc(20000) %zu\n",
			sizeof(*small), ksize(small), ksize(dma), ksize(large));
		err = 0;
	}
	kfree(small);
	kfree(dma);
	kfree(large);
	return err;
}

static int check_buffers(void)
{
	char *s, *t, *u, *big;
	unsigned long page;
	unsigned int sum = 0;
	int i, err = -ENOMEM;
	u32 *v;

	s = kstrdup("kstrdup works", GFP_KERNEL);
	t = kstrndup("kstrndup cuts here", 11, GFP_KERNEL);
	u = kmemdup("memdup", 7, GFP_KERNEL);
	big = kcalloc(count, 48, GFP_KERNEL);
	if (!s || !t || !u || !big)
		goto out;
	pr_info("alloc: %s, %s, %s, ksize %zu\n", s, t, u, ksize(big));
	big = krealloc(big, 3000, GFP_KERNEL);
	if (!big)
		goto out;
	pr_info("alloc: krealloc to 3000, ksize %zu\n", ksize(big));

	v = vzalloc(3 * PAGE_SIZE + 100);
	if (!v)
		goto out;
	for (i = 0; i < (3 * PAGE_SIZE + 100) / 4; i++)
		sum += v[i] + i % 7;
	vfree(v);
	page = __get_free_pages(GFP_KERNEL | __GFP_ZERO, 1);
	if (!page)
		goto out;
	memset((void *)page, 0x5a, 2 * PAGE_SIZE);
	sum += ((unsigned char *)page)[2 * PAGE_SIZE - 1];
	free_pages(page, 1);
	pr_info("alloc: vzalloc and pages sum %u\n", sum);
	err = 0;
out:
	kfree(s);
	kfree(t);
	kfree(u);
	kfree(big);
	return err;
}

static int __init alloc_init(void)
{
	int err;

	if (count < 0)
		return -EINVAL;
	node_cache = kmem_cache_create("alloc_node", sizeof(struct alloc_node),
				       0, SLAB_HWCACHE_ALIGN, NULL);
	if (!node_cache)
		return -ENOMEM;
	err = build_nodes();
	if (!err)
		err = check_buffers();
	if (!err)
		err = report_constant_sizes();
	if (!err && !proc_create_single("alloc", 0444, NULL, alloc_show))
		err = -ENOMEM;
	if (err) {
		free_nodes();
		kmem_cache_destroy(node_cache);
		return err;
	}
	report_sizes();
	pr_info("alloc: %d nodes of %u bytes\n", count,
		kmem_cache_size(node_cache));
	return 0;
}

static void __exit alloc_exit(void)
{
	remove_proc_entry("alloc", NULL);
	free_nodes();
	kmem_cache_destroy(node_cache);
}

module_init(alloc_init);
module_exit(alloc_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("kobox");
MODULE_DESCRIPTION("allocates a list of nodes and buffers, and lists them in /proc/alloc");
