/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Time-ordered queues of nodes (the hrtimer bases'), Linux's types. Linux
 * keeps them in a red-black tree; lib/timerqueue.c here keeps them in a
 * list sorted by expiry, linked through the rb_node's child pointers
 * (a handful of hrtimers are queued at a time), with the same API.
 */
#ifndef _LINUX_TIMERQUEUE_H
#define _LINUX_TIMERQUEUE_H

#include <linux/types.h>
#include <linux/ktime.h>
#include <linux/rbtree_types.h>

struct timerqueue_node {
	struct rb_node node;
	ktime_t expires;
};

struct timerqueue_head {
	struct rb_root_cached rb_root;
};

bool timerqueue_add(struct timerqueue_head *head, struct timerqueue_node *node);
bool timerqueue_del(struct timerqueue_head *head, struct timerqueue_node *node);

static inline struct timerqueue_node *timerqueue_getnext(struct timerqueue_head *head)
{
	return (struct timerqueue_node *)head->rb_root.rb_leftmost;
}

/* The node after this one, in expiry order. */
static inline struct timerqueue_node *timerqueue_iterate_next(struct timerqueue_node *node)
{
	return (struct timerqueue_node *)node->node.rb_right;
}

/* A node on no queue points at itself, as RB_CLEAR_NODE does. */
static inline void timerqueue_init(struct timerqueue_node *node)
{
	node->node.__rb_parent_color = (unsigned long)&node->node;
}

static inline bool timerqueue_node_queued(struct timerqueue_node *node)
{
	return node->node.__rb_parent_color != (unsigned long)&node->node;
}

static inline void timerqueue_init_head(struct timerqueue_head *head)
{
	head->rb_root.rb_root.rb_node = NULL;
	head->rb_root.rb_leftmost = NULL;
}

#endif
