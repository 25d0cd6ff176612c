// SPDX-License-Identifier: GPL-2.0
/*
 * Time-ordered queues (see <linux/timerqueue.h>): a list sorted by
 * expiry through the nodes' rb_right (next) and rb_left (previous),
 * rb_leftmost the first. A node queued after those of equal expiry, as
 * Linux's rbtree insertion puts it.
 */
#include <linux/kernel.h>
#include <linux/timerqueue.h>

/* Add node; true if it is now the first. */
bool timerqueue_add(struct timerqueue_head *head, struct timerqueue_node *node)
{
	struct rb_node *n = &node->node, *prev = NULL, *next = head->rb_root.rb_leftmost;

	while (next && ((struct timerqueue_node *)next)->expires <= node->expires) {
		prev = next;
		next = next->rb_right;
	}
	n->rb_left = prev;
	n->rb_right = next;
	n->__rb_parent_color = 0;	/* queued */
	if (next)
		next->rb_left = n;
	if (prev)
		prev->rb_right = n;
	else
		head->rb_root.rb_leftmost = n;
	head->rb_root.rb_root.rb_node = head->rb_root.rb_leftmost;
	return !prev;
}

/* Remove node; true if the queue still has nodes. */
bool timerqueue_del(struct timerqueue_head *head, struct timerqueue_node *node)
{
	struct rb_node *n = &node->node;

	if (n->rb_left)
		n->rb_left->rb_right = n->rb_right;
	else
		head->rb_root.rb_leftmost = n->rb_right;
	if (n->rb_right)
		n->rb_right->rb_left = n->rb_left;
	head->rb_root.rb_root.rb_node = head->rb_root.rb_leftmost;
	timerqueue_init(node);
	return head->rb_root.rb_leftmost != NULL;
}
