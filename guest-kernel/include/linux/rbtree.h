/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Red-black trees in Debian 6.1's layout: a node is its parent pointer
 * with the colour in bit 0 (red 0, black 1), then its right and left
 * children. Module code links nodes in inline (rb_link_node()) and calls
 * lib/rbtree.c to rebalance, erase and walk; the augmented variants
 * inline part of erase and call __rb_erase_color().
 */
#ifndef _LINUX_RBTREE_H
#define _LINUX_RBTREE_H

#include <linux/kernel.h>
#include <linux/module_abi.h>

struct rb_node {
	unsigned long __rb_parent_color;
	struct rb_node *rb_right;
	struct rb_node *rb_left;
} __aligned(sizeof(long));

struct rb_root {
	struct rb_node *rb_node;
};

struct rb_root_cached {
	struct rb_root rb_root;
	struct rb_node *rb_leftmost;
};

abi_check_size(rb_node);
abi_check_field(rb_node, __rb_parent_color);
abi_check_field(rb_node, rb_right);
abi_check_field(rb_node, rb_left);
abi_check_size(rb_root_cached);
abi_check_field(rb_root_cached, rb_leftmost);

#define RB_ROOT		(struct rb_root) { NULL, }
#define RB_RED		0
#define RB_BLACK	1
#define rb_parent(r)	((struct rb_node *)((r)->__rb_parent_color & ~3))
#define rb_entry(ptr, type, member) container_of(ptr, type, member)
#define RB_EMPTY_ROOT(root)	(READ_ONCE((root)->rb_node) == NULL)

static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	node->__rb_parent_color = (unsigned long)parent;
	node->rb_left = node->rb_right = NULL;
	*rb_link = node;
}

void rb_insert_color(struct rb_node *node, struct rb_root *root);
void rb_erase(struct rb_node *node, struct rb_root *root);
struct rb_node *rb_next(const struct rb_node *node);
struct rb_node *rb_prev(const struct rb_node *node);
struct rb_node *rb_first(const struct rb_root *root);
struct rb_node *rb_last(const struct rb_root *root);
struct rb_node *rb_first_postorder(const struct rb_root *root);
struct rb_node *rb_next_postorder(const struct rb_node *node);
void rb_replace_node(struct rb_node *victim, struct rb_node *new,
		     struct rb_root *root);
void rb_replace_node_rcu(struct rb_node *victim, struct rb_node *new,
			 struct rb_root *root);
void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			   void (*augment_rotate)(struct rb_node *old,
						  struct rb_node *new));
void __rb_erase_color(struct rb_node *parent, struct rb_root *root,
		      void (*augment_rotate)(struct rb_node *old,
					     struct rb_node *new));

#endif
