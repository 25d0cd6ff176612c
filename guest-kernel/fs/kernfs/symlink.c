// SPDX-License-Identifier: GPL-2.0
/* kernfs symlinks: relative paths, "../../devices/virtual/tty/console". */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "kernfs-internal.h"

static bool is_ancestor(struct kernfs_node *base, struct kernfs_node *kn)
{
	for (; kn; kn = kn->parent)
		if (kn == base)
			return true;
	return false;
}

/* "../" up from parent to an ancestor of target, then down to target. */
static int kernfs_get_target_path(struct kernfs_node *parent,
				  struct kernfs_node *target, char *path)
{
	struct kernfs_node *base = parent, *kn;
	size_t len = 0, up = 0;
	char *s;

	while (base->parent && !is_ancestor(base, target->parent)) {
		base = base->parent;
		up++;
	}
	for (kn = target; kn->parent && kn != base; kn = kn->parent)
		len += strlen(kn->name) + 1;
	if (len < 2)
		return -EINVAL;
	if (up * 3 + len >= PATH_MAX)
		return -ENAMETOOLONG;
	for (s = path; up--; s += 3)
		memcpy(s, "../", 3);
	s[--len] = '\0';
	for (kn = target; kn->parent && kn != base; kn = kn->parent) {
		size_t slen = strlen(kn->name);

		len -= slen;
		memcpy(s + len, kn->name, slen);
		if (len)
			s[--len] = '/';
	}
	return 0;
}

static const char *kernfs_iop_get_link(struct dentry *dentry,
				       struct inode *inode,
				       struct delayed_call *done)
{
	struct kernfs_node *kn = inode->i_private;
	char *body;
	int error;

	if (!dentry)
		return ERR_PTR(-ECHILD);
	body = kzalloc(PATH_MAX, GFP_KERNEL);
	if (!body)
		return ERR_PTR(-ENOMEM);
	error = kernfs_get_target_path(kn->parent, kn->symlink.target_kn, body);
	if (error) {
		kfree(body);
		return ERR_PTR(error);
	}
	set_delayed_call(done, kfree_link, body);
	return body;
}

const struct inode_operations kernfs_symlink_iops = {
	.get_link	= kernfs_iop_get_link,
};
