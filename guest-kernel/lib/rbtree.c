// SPDX-License-Identifier: GPL-2.0
/*
 * Red-black trees (<linux/rbtree.h>), the textbook algorithm Linux uses:
 * an inserted node is red and the fix-up recolours while the uncle is
 * red, else rotates once or twice; an erased node with two children is
 * replaced by its successor, and a missing black is pushed up or fixed
 * by rotations around the sibling. The same steps as Linux's, so trees
 * have the same shape, and the augmented callbacks see the same
 * rotations. Both mirror images are one code path here: d is the side
 * (0 left, 1 right) a case is about, !d the other.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/rbtree.h>

typedef void (*rotate_fn)(struct rb_node *old, struct rb_node *new);

static void dummy_rotate(struct rb_node *old, struct rb_node *new)
{
}

static struct rb_node **child(struct rb_node *node, int d)
{
	return d ? &node->rb_right : &node->rb_left;
}

static bool is_black(struct rb_node *node)
{
	return node->__rb_parent_color & RB_BLACK;
}

static bool is_red_node(struct rb_node *node)
{
	return node && !is_black(node);
}

static void set_parent_color(struct rb_node *node, struct rb_node *parent,
			     int color)
{
	node->__rb_parent_color = (unsigned long)parent | color;
}

static void set_parent(struct rb_node *node, struct rb_node *parent)
{
	node->__rb_parent_color = (unsigned long)parent |
				  (node->__rb_parent_color & RB_BLACK);
}

/* Make new the child of parent (or the root) where old was. */
static void change_child(struct rb_node *old, struct rb_node *new,
			 struct rb_node *parent, struct rb_root *root)
{
	if (!parent)
		WRITE_ONCE(root->rb_node, new);
	else if (parent->rb_left == old)
		WRITE_ONCE(parent->rb_left, new);
	else
		WRITE_ONCE(parent->rb_right, new);
}

/*
 * Rotate so that top's child on side !d comes up: top goes down on side
 * d of it. The risen node takes top's parent and colour; top gets
 * top_color; the subtree that changes sides gets its own colour back.
 */
static struct rb_node *rotate(struct rb_node *top, int d, int top_color,
			      struct rb_root *root, rotate_fn augment_rotate)
{
	struct rb_node *up = *child(top, !d);
	struct rb_node *moved = *child(up, d);

	WRITE_ONCE(*child(top, !d), moved);
	WRITE_ONCE(*child(up, d), top);
	if (moved)
		set_parent(moved, top);
	up->__rb_parent_color = top->__rb_parent_color;
	change_child(top, up, rb_parent(up), root);
	set_parent_color(top, up, top_color);
	augment_rotate(top, up);
	return up;
}

static void insert_fixup(struct rb_node *node, struct rb_root *root,
			 rotate_fn augment_rotate)
{
	struct rb_node *parent = rb_parent(node), *gparent, *uncle;
	int d;

	for (;;) {
		if (!parent) {		/* the root is black */
			set_parent_color(node, NULL, RB_BLACK);
			return;
		}
		if (is_black(parent))
			return;
		gparent = rb_parent(parent);	/* a red node is never the root */
		d = gparent->rb_right == parent;
		uncle = *child(gparent, !d);
		if (is_red_node(uncle)) {
			/* recolour and carry on from the grandparent */
			set_parent_color(uncle, gparent, RB_BLACK);
			set_parent_color(parent, gparent, RB_BLACK);
			node = gparent;
			parent = rb_parent(node);
			set_parent_color(node, parent, RB_RED);
			continue;
		}
		if (*child(parent, !d) == node) {
			/* bend the zig-zag straight: node takes parent's place */
			rotate(parent, d, RB_RED, root, augment_rotate);
			parent = node;
		}
		/* the parent rises above the grandparent, which turns red */
		rotate(gparent, !d, RB_RED, root, augment_rotate);
		return;
	}
}

void rb_insert_color(struct rb_node *node, struct rb_root *root)
{
	insert_fixup(node, root, dummy_rotate);
}
EXPORT_SYMBOL(rb_insert_color);

void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			   rotate_fn augment_rotate)
{
	insert_fixup(node, root, augment_rotate);
}
EXPORT_SYMBOL(__rb_insert_augmented);

/*
 * A black node went missing under parent, on the side whose child is
 * node (NULL at first): restore the black heights.
 */
static void erase_fixup(struct rb_node *parent, struct rb_root *root,
			rotate_fn augment_rotate)
{
	struct rb_node *node = NULL, *sibling, *near, *far;
	int d;

	for (;;) {
		d = parent->rb_right == node;
		sibling = *child(parent, !d);
		if (!is_black(sibling)) {
			/* a red sibling: rotate it up so ours is black */
			rotate(parent, d, RB_RED, root, augment_rotate);
			sibling = *child(parent, !d);
		}
		near = *child(sibling, d);
		far = *child(sibling, !d);
		if (!is_red_node(far) && !is_red_node(near)) {
			/* both nephews black: the sibling turns red */
			set_parent_color(sibling, parent, RB_RED);
			if (!is_black(parent)) {
				set_parent_color(parent, rb_parent(parent), RB_BLACK);
				return;
			}
			node = parent;
			parent = rb_parent(node);
			if (!parent)
				return;
			continue;
		}
		if (!is_red_node(far)) {
			/* the near nephew is red: turn it into the far one */
			rotate(sibling, !d, RB_RED, root, augment_rotate);
			far = sibling;
			sibling = near;
		}
		/* the far nephew is red: the sibling rises, all fixed */
		rotate(parent, d, RB_BLACK, root, augment_rotate);
		set_parent_color(far, sibling, RB_BLACK);
		return;
	}
}

void __rb_erase_color(struct rb_node *parent, struct rb_root *root,
		      rotate_fn augment_rotate)
{
	erase_fixup(parent, root, augment_rotate);
}
EXPORT_SYMBOL(__rb_erase_color);

/*
 * Unlink node; return where a black went missing (NULL if none), as
 * the inline erase of <linux/rbtree_augmented.h> does.
 */
static struct rb_node *erase_node(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *right = node->rb_right, *left = node->rb_left;
	struct rb_node *parent = rb_parent(node), *successor, *sparent, *orphan;
	unsigned long pc = node->__rb_parent_color;
	struct rb_node *rebalance = NULL;

	if (!left || !right) {
		struct rb_node *only = left ?: right;

		change_child(node, only, parent, root);
		if (only)		/* a red leaf: it takes node's place and colour */
			only->__rb_parent_color = pc;
		else if (pc & RB_BLACK)
			rebalance = parent;
		return rebalance;
	}

	/* two children: the leftmost node of the right subtree moves up */
	successor = right;
	sparent = node;
	while (successor->rb_left) {
		sparent = successor;
		successor = successor->rb_left;
	}
	orphan = successor->rb_right;
	if (sparent != node) {
		WRITE_ONCE(sparent->rb_left, orphan);
		WRITE_ONCE(successor->rb_right, right);
		set_parent(right, successor);
	} else {
		sparent = successor;
	}
	WRITE_ONCE(successor->rb_left, left);
	set_parent(left, successor);
	if (orphan)
		set_parent_color(orphan, sparent, RB_BLACK);
	else if (is_black(successor))
		rebalance = sparent;
	successor->__rb_parent_color = pc;
	change_child(node, successor, parent, root);
	return rebalance;
}

void rb_erase(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *rebalance = erase_node(node, root);

	if (rebalance)
		erase_fixup(rebalance, root, dummy_rotate);
}
EXPORT_SYMBOL(rb_erase);

static struct rb_node *extreme(struct rb_node *n, int d)
{
	if (n)
		while (*child(n, d))
			n = *child(n, d);
	return n;
}

struct rb_node *rb_first(const struct rb_root *root)
{
	return extreme(root->rb_node, 0);
}
EXPORT_SYMBOL(rb_first);

struct rb_node *rb_last(const struct rb_root *root)
{
	return extreme(root->rb_node, 1);
}
EXPORT_SYMBOL(rb_last);

/* In-order neighbour on side d (1: next, 0: previous). */
static struct rb_node *neighbour(const struct rb_node *node, int d)
{
	struct rb_node *parent;

	/* an unlinked node (RB_CLEAR_NODE) points at itself */
	if (node->__rb_parent_color == (unsigned long)node)
		return NULL;
	if (*child((struct rb_node *)node, d))
		return extreme(*child((struct rb_node *)node, d), !d);
	while ((parent = rb_parent(node)) && node == *child(parent, d))
		node = parent;
	return parent;
}

struct rb_node *rb_next(const struct rb_node *node)
{
	return neighbour(node, 1);
}
EXPORT_SYMBOL(rb_next);

struct rb_node *rb_prev(const struct rb_node *node)
{
	return neighbour(node, 0);
}
EXPORT_SYMBOL(rb_prev);

/* new takes victim's place, links and colour; nothing is rebalanced. */
void rb_replace_node(struct rb_node *victim, struct rb_node *new,
		     struct rb_root *root)
{
	struct rb_node *parent = rb_parent(victim);

	*new = *victim;
	if (victim->rb_left)
		set_parent(victim->rb_left, new);
	if (victim->rb_right)
		set_parent(victim->rb_right, new);
	change_child(victim, new, parent, root);
}
EXPORT_SYMBOL(rb_replace_node);

/* The same, publishing new only once it is complete (RCU readers). */
void rb_replace_node_rcu(struct rb_node *victim, struct rb_node *new,
			 struct rb_root *root)
{
	struct rb_node *parent = rb_parent(victim);

	*new = *victim;
	if (victim->rb_left)
		set_parent(victim->rb_left, new);
	if (victim->rb_right)
		set_parent(victim->rb_right, new);
	__atomic_thread_fence(__ATOMIC_RELEASE);
	change_child(victim, new, parent, root);
}
EXPORT_SYMBOL(rb_replace_node_rcu);

/* Post-order: children before parents, so a walk may free as it goes. */
static struct rb_node *left_deepest(const struct rb_node *node)
{
	for (;;) {
		if (node->rb_left)
			node = node->rb_left;
		else if (node->rb_right)
			node = node->rb_right;
		else
			return (struct rb_node *)node;
	}
}

struct rb_node *rb_next_postorder(const struct rb_node *node)
{
	const struct rb_node *parent;

	if (!node)
		return NULL;
	parent = rb_parent(node);
	if (parent && node == parent->rb_left && parent->rb_right)
		return left_deepest(parent->rb_right);
	return (struct rb_node *)parent;
}
EXPORT_SYMBOL(rb_next_postorder);

struct rb_node *rb_first_postorder(const struct rb_root *root)
{
	if (!root->rb_node)
		return NULL;
	return left_deepest(root->rb_node);
}
EXPORT_SYMBOL(rb_first_postorder);
