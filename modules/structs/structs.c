// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's data structures from a module, each shown through a proc
 * file whose text depends only on what the module did, so that it is
 * the same on every kernel: /proc/kobox_rbtree (the tree's shape and
 * colours, walks in every order), /proc/kobox_idr (IDR, IDA, XArray
 * contents), /proc/kobox_misc (kfifo, bitmaps, bit searches, hweight,
 * sort, list_sort, bsearch, hash tables, is_vmalloc_addr). A second
 * ida_free() of an id is reported as Linux does, with a warning.
 */
#include <linux/init.h>
#include <linux/bitmap.h>
#include <linux/bsearch.h>
#include <linux/hashtable.h>
#include <linux/idr.h>
#include <linux/kfifo.h>
#include <linux/list_sort.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/rbtree.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/vmalloc.h>
#include <linux/xarray.h>

/* ---- rbtree ---- */

struct item {
	struct rb_node node;
	int key;
};

static struct rb_root tree = RB_ROOT;
static struct item items[32];

static void tree_insert(struct item *it)
{
	struct rb_node **link = &tree.rb_node, *parent = NULL;

	while (*link) {
		parent = *link;
		link = it->key < rb_entry(parent, struct item, node)->key ?
		       &parent->rb_left : &parent->rb_right;
	}
	rb_link_node(&it->node, parent, link);
	rb_insert_color(&it->node, &tree);
}

static int key_of(const struct rb_node *n)
{
	return n ? rb_entry(n, struct item, node)->key : -1;
}

/* pre-order: key, colour, children's keys (the shape) */
static void show_shape(struct seq_file *m, struct rb_node *n, int depth)
{
	if (!n)
		return;
	seq_printf(m, "%*s%d%s (%d %d)\n", depth * 2, "", key_of(n),
		   (n->__rb_parent_color & 1) ? "" : " red",
		   key_of(n->rb_left), key_of(n->rb_right));
	show_shape(m, n->rb_left, depth + 1);
	show_shape(m, n->rb_right, depth + 1);
}

static int rbtree_show(struct seq_file *m, void *v)
{
	struct rb_node *n;

	show_shape(m, tree.rb_node, 0);
	seq_puts(m, "in order:");
	for (n = rb_first(&tree); n; n = rb_next(n))
		seq_printf(m, " %d", key_of(n));
	seq_puts(m, "\nbackwards:");
	for (n = rb_last(&tree); n; n = rb_prev(n))
		seq_printf(m, " %d", key_of(n));
	seq_puts(m, "\npost-order:");
	for (n = rb_first_postorder(&tree); n; n = rb_next_postorder(n))
		seq_printf(m, " %d", key_of(n));
	seq_putc(m, '\n');
	return 0;
}

static void build_tree(void)
{
	static const int keys[] = { 41, 38, 31, 12, 19, 8, 50, 45, 60, 55,
				    3, 27, 70, 66, 1, 99, 90, 33, 34, 35 };
	static const int gone[] = { 8, 12, 41, 19, 50, 1 };
	struct rb_node *n;
	int i, j;

	for (i = 0; i < ARRAY_SIZE(keys); i++) {
		items[i].key = keys[i];
		tree_insert(&items[i]);
	}
	for (j = 0; j < ARRAY_SIZE(gone); j++)
		for (n = rb_first(&tree); n; n = rb_next(n))
			if (key_of(n) == gone[j]) {
				rb_erase(n, &tree);
				break;
			}
	/* 33 becomes 32, in place */
	items[31].key = 32;
	for (n = rb_first(&tree); n; n = rb_next(n))
		if (key_of(n) == 33) {
			rb_replace_node(n, &items[31].node, &tree);
			break;
		}
}

/* ---- IDR, IDA, XArray ---- */

static DEFINE_IDR(names);
static DEFINE_IDA(numbers);
static DEFINE_XARRAY(xa);
static DEFINE_XARRAY_ALLOC(xa_ids);
static const char *const words[] = { "zero", "one", "two", "three", "four", "five" };
static int ida_ids[8];
static char idr_log[256], ida_log[256], xa_log[256];

static int show_entry(int id, void *p, void *data)
{
	seq_printf(data, " %d=%s", id, (char *)p);
	return 0;
}

static int idr_show(struct seq_file *m, void *v)
{
	unsigned long index;
	void *entry;
	int id;

	seq_printf(m, "idr: %s\nidr_for_each:", idr_log);
	idr_for_each(&names, show_entry, m);
	seq_puts(m, "\nidr_for_each_entry:");
	idr_for_each_entry(&names, entry, id)
		seq_printf(m, " %d=%s", id, (char *)entry);
	seq_printf(m, "\nidr_find(3) %s, idr_find(4) %s, empty %d\n",
		   (char *)idr_find(&names, 3) ?: "(null)",
		   (char *)idr_find(&names, 4) ?: "(null)", idr_is_empty(&names));
	seq_printf(m, "ida: %s\nida empty %d\n", ida_log, ida_is_empty(&numbers));
	seq_printf(m, "xa: %s\nxa_for_each:", xa_log);
	xa_for_each(&xa, index, entry) {
		if (xa_is_value(entry))
			seq_printf(m, " %lu=v%lu", index, xa_to_value(entry));
		else
			seq_printf(m, " %lu=%s", index, (char *)entry);
	}
	seq_puts(m, "\nmarked:");
	xa_for_each_marked(&xa, index, entry, XA_MARK_1)
		seq_printf(m, " %lu", index);
	seq_printf(m, "\nxa_marked %d %d, empty %d\n", xa_marked(&xa, XA_MARK_1),
		   xa_marked(&xa, XA_MARK_2), xa_empty(&xa));
	return 0;
}

#define logf(buf, fmt, ...) \
	scnprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), fmt, ##__VA_ARGS__)

static void build_ids(void)
{
	unsigned long i;
	void *old;
	u32 id;
	int r;

	for (i = 0; i < 4; i++)
		logf(idr_log, " %d", idr_alloc(&names, (void *)words[i], 0, 0, GFP_KERNEL));
	logf(idr_log, " range %d", idr_alloc(&names, (void *)words[4], 10, 12, GFP_KERNEL));
	logf(idr_log, " %d", idr_alloc(&names, (void *)words[5], 10, 12, GFP_KERNEL));
	logf(idr_log, " full %d", idr_alloc(&names, (void *)words[5], 10, 12, GFP_KERNEL));
	old = idr_remove(&names, 1);
	logf(idr_log, " removed %s", (char *)old);
	logf(idr_log, " again %d", idr_alloc(&names, (void *)words[1], 0, 0, GFP_KERNEL));
	old = idr_replace(&names, (void *)words[5], 2);
	logf(idr_log, " replaced %s", (char *)old);
	logf(idr_log, " replace-free %ld", PTR_ERR(idr_replace(&names, NULL, 7)));
	logf(idr_log, " cyclic %d", idr_alloc_cyclic(&names, (void *)words[3], 0, 0, GFP_KERNEL));
	logf(idr_log, " %d", idr_alloc_cyclic(&names, (void *)words[3], 0, 0, GFP_KERNEL));
	logf(idr_log, " remove-free %p", idr_remove(&names, 9));

	for (i = 0; i < 6; i++) {
		ida_ids[i] = ida_alloc(&numbers, GFP_KERNEL);
		logf(ida_log, " %d", ida_ids[i]);
	}
	ida_free(&numbers, 2);
	ida_free(&numbers, 4);
	logf(ida_log, " after frees %d", ida_alloc(&numbers, GFP_KERNEL));
	logf(ida_log, " range %d", ida_alloc_range(&numbers, 1000, 2000, GFP_KERNEL));
	logf(ida_log, " %d", ida_alloc_range(&numbers, 1023, 1025, GFP_KERNEL));
	logf(ida_log, " max %d", ida_alloc_max(&numbers, 1, GFP_KERNEL));
	logf(ida_log, " min %d", ida_alloc_min(&numbers, 5000, GFP_KERNEL));

	xa_store(&xa, 5, (void *)words[5], GFP_KERNEL);
	xa_store(&xa, 1, (void *)words[1], GFP_KERNEL);
	xa_store(&xa, 100000, xa_mk_value(42), GFP_KERNEL);
	xa_store(&xa, 64, (void *)words[4], GFP_KERNEL);
	xa_set_mark(&xa, 64, XA_MARK_1);
	xa_set_mark(&xa, 1, XA_MARK_1);
	xa_set_mark(&xa, 3, XA_MARK_1);		/* no entry: no mark */
	logf(xa_log, "load(64) %s load(2) %p", (char *)xa_load(&xa, 64), xa_load(&xa, 2));
	logf(xa_log, " erase(1) %s", (char *)xa_erase(&xa, 1));
	old = xa_store(&xa, 5, (void *)words[0], GFP_KERNEL);
	logf(xa_log, " replaced %s get_mark(64) %d", (char *)old, xa_get_mark(&xa, 64, XA_MARK_1));
	for (i = 0; i < 3; i++) {
		r = xa_alloc(&xa_ids, &id, (void *)words[i], XA_LIMIT(7, 8), GFP_KERNEL);
		logf(xa_log, " alloc %d:%u", r, r ? 0 : id);
	}
	xa_erase(&xa_ids, 7);
	r = xa_alloc(&xa_ids, &id, NULL, XA_LIMIT(7, 8), GFP_KERNEL);
	logf(xa_log, " alloc NULL %d:%u load %p", r, id, xa_load(&xa_ids, 7));
	r = xa_alloc(&xa_ids, &id, NULL, XA_LIMIT(7, 8), GFP_KERNEL);
	logf(xa_log, " then %d", r);
}

/* ---- kfifo, bitmaps, sort, hash tables ---- */

struct pair {
	int key, tag;
	struct list_head list;
	struct hlist_node hnode;
};

static struct pair pairs[12];
static DEFINE_HASHTABLE(table, 3);

static int cmp_key(const void *a, const void *b)
{
	return ((const struct pair *)a)->key - ((const struct pair *)b)->key;
}

static int cmp_list(void *priv, const struct list_head *a,
		    const struct list_head *b)
{
	return list_entry(a, struct pair, list)->key -
	       list_entry(b, struct pair, list)->key;
}

static int cmp_int(const void *key, const void *elt)
{
	return *(const int *)key - ((const struct pair *)elt)->key;
}

static void fill_pairs(void)
{
	static const int keys[] = { 5, 3, 9, 3, 1, 5, 7, 3, 9, 0, 5, 2 };
	int i;

	for (i = 0; i < ARRAY_SIZE(pairs); i++) {
		pairs[i].key = keys[i];
		pairs[i].tag = i;
	}
}

static void show_pairs(struct seq_file *m, const char *what)
{
	int i;

	seq_printf(m, "%s:", what);
	for (i = 0; i < ARRAY_SIZE(pairs); i++)
		seq_printf(m, " %d.%d", pairs[i].key, pairs[i].tag);
	seq_putc(m, '\n');
}

static int misc_show(struct seq_file *m, void *v)
{
	DECLARE_KFIFO(small, int, 8);
	STRUCT_KFIFO_REC_1(32) rec;
	struct kfifo bytes;
	unsigned long *map, bit;
	DECLARE_BITMAP(other, 200);
	LIST_HEAD(list);
	char buf[16];
	int i, x, key, *vbuf, three[3];
	struct pair *p;
	unsigned int n;

	/* kfifo */
	INIT_KFIFO(small);
	for (i = 0; i < 10; i++)
		n = kfifo_put(&small, i * 10);
	seq_printf(m, "kfifo: size %u len %u full %d last put %u", kfifo_size(&small),
		   kfifo_len(&small), kfifo_is_full(&small), n);
	n = kfifo_out(&small, three, 3);
	seq_printf(m, " out %u (%d %d %d)", n, three[0], three[1], three[2]);
	n = kfifo_peek(&small, &x);
	seq_printf(m, " peek %u:%d avail %u\n", n, x, kfifo_avail(&small));
	i = kfifo_alloc(&bytes, 100, GFP_KERNEL);
	seq_printf(m, "kfifo_alloc(100) %d size %u", i, kfifo_size(&bytes));
	n = kfifo_in(&bytes, "abcdefghij", 10);
	n += kfifo_in(&bytes, "0123456789", 10);
	seq_printf(m, " in %u len %u", n, kfifo_len(&bytes));
	n = kfifo_out(&bytes, buf, 15);
	seq_printf(m, " out %u '%.15s'", n, buf);
	kfifo_free(&bytes);
	seq_printf(m, " bad alloc %d\n", kfifo_alloc(&bytes, 1, GFP_KERNEL));
	INIT_KFIFO(rec);
	kfifo_in(&rec, "hello", 5);
	kfifo_in(&rec, "kernel", 6);
	seq_printf(m, "records: len %u next %u", kfifo_len(&rec), kfifo_peek_len(&rec));
	n = kfifo_out(&rec, buf, sizeof(buf));
	seq_printf(m, " out '%.*s'", n, buf);
	n = kfifo_out(&rec, buf, 3);
	seq_printf(m, " out '%.*s' empty %d\n", n, buf, kfifo_is_empty(&rec));

	/* bitmaps and bits */
	map = bitmap_zalloc(200, GFP_KERNEL);
	bitmap_set(map, 3, 5);
	bitmap_set(map, 130, 20);
	__set_bit(199, map);
	bitmap_clear(map, 135, 3);
	seq_printf(m, "bitmap: weight %u first %lu next_zero(3) %lu last %lu",
		   bitmap_weight(map, 200), find_first_bit(map, 200),
		   find_next_zero_bit(map, 200, 3), find_last_bit(map, 200));
	seq_puts(m, " set:");
	for_each_set_bit(bit, map, 200)
		if (bit < 10 || bit > 145)
			seq_printf(m, " %lu", bit);
	bitmap_zero(other, 200);
	bitmap_set(other, 0, 140);
	seq_printf(m, "\nbitmap_and %d weight %u", bitmap_and(other, other, map, 200),
		   bitmap_weight(other, 200));
	bitmap_or(other, other, map, 200);
	seq_printf(m, " or-equal %d subset %d intersects %d", bitmap_equal(other, map, 200),
		   bitmap_subset(other, map, 200), bitmap_intersects(other, map, 200));
	seq_printf(m, " zero area %lu\n", bitmap_find_next_zero_area(map, 200, 0, 100, 0));
	bitmap_free(map);
	seq_printf(m, "hweight %u %u %u %lu ffs/fls %lu %d\n", hweight8(0xa5), hweight16(0xffff),
		   hweight32(0x80000001), hweight64(0xf0f0f0f0f0f0f0f0ULL), __ffs(0x50),
		   fls(0x50));

	/* sorts: heapsort leaves equal keys where it does; list_sort keeps their order */
	fill_pairs();
	sort(pairs, ARRAY_SIZE(pairs), sizeof(pairs[0]), cmp_key, NULL);
	show_pairs(m, "sort");
	key = 5;
	p = bsearch(&key, pairs, ARRAY_SIZE(pairs), sizeof(pairs[0]), cmp_int);
	seq_printf(m, "bsearch(5) tag %d", p ? p->tag : -1);
	key = 4;
	seq_printf(m, " bsearch(4) %p\n", bsearch(&key, pairs, ARRAY_SIZE(pairs),
						 sizeof(pairs[0]), cmp_int));
	fill_pairs();
	for (i = 0; i < ARRAY_SIZE(pairs); i++)
		list_add_tail(&pairs[i].list, &list);
	list_sort(NULL, &list, cmp_list);
	seq_puts(m, "list_sort:");
	list_for_each_entry(p, &list, list)
		seq_printf(m, " %d.%d", p->key, p->tag);
	seq_putc(m, '\n');

	/* a hash table of 8 buckets */
	hash_init(table);
	for (i = 0; i < ARRAY_SIZE(pairs); i++)
		hash_add(table, &pairs[i].hnode, pairs[i].key);
	seq_printf(m, "hash_min(5, 3) %u, bucket of 3:", hash_min(5, 3));
	hash_for_each_possible(table, p, hnode, 3)
		if (p->key == 3)
			seq_printf(m, " %d", p->tag);
	seq_putc(m, '\n');

	vbuf = vmalloc(8192);
	p = kmalloc(sizeof(*p), GFP_KERNEL);
	seq_printf(m, "is_vmalloc_addr: vmalloc %d kmalloc %d module data %d text %d\n",
		   is_vmalloc_addr(vbuf), is_vmalloc_addr(p), is_vmalloc_addr(pairs),
		   is_vmalloc_addr(misc_show));
	kfree(p);
	vfree(vbuf);
	return 0;
}

/* ---- /proc files and the double ida_free() ---- */

static int twice_set(const char *val, const struct kernel_param *kp)
{
	ida_free(&numbers, ida_ids[0]);
	ida_free(&numbers, ida_ids[0]);
	return 0;
}

static const struct kernel_param_ops twice_ops = {
	.set = twice_set,
};
module_param_cb(free_twice, &twice_ops, NULL, 0200);

static int __init structs_init(void)
{
	build_tree();
	build_ids();
	if (!proc_create_single("kobox_rbtree", 0444, NULL, rbtree_show) ||
	    !proc_create_single("kobox_idr", 0444, NULL, idr_show) ||
	    !proc_create_single("kobox_misc", 0444, NULL, misc_show))
		return -ENOMEM;
	return 0;
}

static void __exit structs_exit(void)
{
	remove_proc_entry("kobox_misc", NULL);
	remove_proc_entry("kobox_idr", NULL);
	remove_proc_entry("kobox_rbtree", NULL);
	idr_destroy(&names);
	ida_destroy(&numbers);
	xa_destroy(&xa);
	xa_destroy(&xa_ids);
	pr_info("structs: destroyed, empty %d %d %d\n", idr_is_empty(&names),
		ida_is_empty(&numbers), xa_empty(&xa));
}

module_init(structs_init);
module_exit(structs_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("rbtree, idr, ida, xarray, kfifo, bitmaps, sorting and hashing from a module");
