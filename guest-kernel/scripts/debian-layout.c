// SPDX-License-Identifier: GPL-2.0
/*
 * The layout of the structures modules share with the kernel, as
 * Debian's headers give it: compiled against them (not against ours)
 * into include/generated/debian-layout.h, where each offset and size is
 * a macro, DEBIAN_<struct>__<member> or DEBIAN_<struct>__SIZE. Our
 * definitions assert against them (<linux/debian_layout.h>), so a field a
 * module reads or writes inline is where the module expects it.
 */
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/poll.h>

#define DEFINE(sym, val) \
	asm volatile("\n.ascii \"->" #sym " %0\"" : : "i" (val))
#define OFFSET(s, m)	DEFINE(s##__##m, offsetof(struct s, m))
#define SIZE(s)		DEFINE(s##__SIZE, sizeof(struct s))

void debian_layout(void);
void debian_layout(void)
{
	SIZE(file);
	OFFSET(file, f_path);
	OFFSET(file, f_inode);
	OFFSET(file, f_op);
	OFFSET(file, f_lock);
	OFFSET(file, f_count);
	OFFSET(file, f_flags);
	OFFSET(file, f_mode);
	OFFSET(file, f_pos_lock);
	OFFSET(file, f_pos);
	OFFSET(file, f_owner);
	OFFSET(file, f_cred);
	OFFSET(file, f_ra);
	OFFSET(file, f_version);
	OFFSET(file, private_data);
	OFFSET(file, f_ep);
	OFFSET(file, f_mapping);
	OFFSET(file, f_wb_err);

	SIZE(inode);
	OFFSET(inode, i_mode);
	OFFSET(inode, i_uid);
	OFFSET(inode, i_gid);
	OFFSET(inode, i_flags);
	OFFSET(inode, i_op);
	OFFSET(inode, i_sb);
	OFFSET(inode, i_mapping);
	OFFSET(inode, i_ino);
	OFFSET(inode, i_nlink);
	OFFSET(inode, i_rdev);
	OFFSET(inode, i_size);
	OFFSET(inode, i_atime);
	OFFSET(inode, i_mtime);
	OFFSET(inode, i_ctime);
	OFFSET(inode, i_lock);
	OFFSET(inode, i_bytes);
	OFFSET(inode, i_blkbits);
	OFFSET(inode, i_blocks);
	OFFSET(inode, i_state);
	OFFSET(inode, i_rwsem);
	OFFSET(inode, dirtied_when);
	OFFSET(inode, i_hash);
	OFFSET(inode, i_sb_list);
	OFFSET(inode, i_count);
	OFFSET(inode, i_writecount);
	OFFSET(inode, i_fop);
	OFFSET(inode, i_data);
	OFFSET(inode, i_devices);
	OFFSET(inode, i_pipe);
	OFFSET(inode, i_cdev);
	OFFSET(inode, i_link);
	OFFSET(inode, i_generation);
	OFFSET(inode, i_private);

	SIZE(file_operations);
	OFFSET(file_operations, owner);
	OFFSET(file_operations, poll);
	OFFSET(file_operations, unlocked_ioctl);
	OFFSET(file_operations, open);
	OFFSET(file_operations, release);
	OFFSET(file_operations, fasync);
	OFFSET(file_operations, uring_cmd_iopoll);

	SIZE(fown_struct);
	OFFSET(fown_struct, pid);
	OFFSET(fown_struct, signum);

	SIZE(cdev);
	OFFSET(cdev, kobj);
	OFFSET(cdev, owner);
	OFFSET(cdev, ops);
	OFFSET(cdev, list);
	OFFSET(cdev, dev);
	OFFSET(cdev, count);

	SIZE(poll_table_struct);
	OFFSET(poll_table_struct, _qproc);
	OFFSET(poll_table_struct, _key);
}
