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
#include <linux/dcache.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/debugfs.h>
#include <linux/dynamic_debug.h>
#include <linux/tty.h>
#include <linux/tty_driver.h>

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

	SIZE(dentry);
	OFFSET(dentry, d_flags);
	OFFSET(dentry, d_parent);
	OFFSET(dentry, d_name);
	OFFSET(dentry, d_inode);
	OFFSET(dentry, d_iname);
	OFFSET(dentry, d_lockref);
	OFFSET(dentry, d_op);
	OFFSET(dentry, d_sb);
	OFFSET(dentry, d_time);
	OFFSET(dentry, d_fsdata);
	OFFSET(dentry, d_child);
	OFFSET(dentry, d_subdirs);
	OFFSET(qstr, name);

	SIZE(kobject);
	OFFSET(kobject, name);
	OFFSET(kobject, entry);
	OFFSET(kobject, parent);
	OFFSET(kobject, kset);
	OFFSET(kobject, ktype);
	OFFSET(kobject, sd);
	OFFSET(kobject, kref);
	SIZE(kset);
	OFFSET(kset, list);
	OFFSET(kset, kobj);
	OFFSET(kset, uevent_ops);
	SIZE(kobj_type);
	OFFSET(kobj_type, release);
	OFFSET(kobj_type, sysfs_ops);
	OFFSET(kobj_type, default_groups);
	OFFSET(kobj_type, get_ownership);
	OFFSET(kset_uevent_ops, filter);
	OFFSET(kset_uevent_ops, name);
	OFFSET(kset_uevent_ops, uevent);
	SIZE(kobj_uevent_env);
	OFFSET(kobj_uevent_env, envp);
	OFFSET(kobj_uevent_env, envp_idx);
	OFFSET(kobj_uevent_env, buf);
	OFFSET(kobj_uevent_env, buflen);
	SIZE(kobj_attribute);
	OFFSET(kobj_attribute, show);
	OFFSET(kobj_attribute, store);

	SIZE(attribute);
	OFFSET(attribute, mode);
	SIZE(attribute_group);
	OFFSET(attribute_group, is_visible);
	OFFSET(attribute_group, is_bin_visible);
	OFFSET(attribute_group, attrs);
	OFFSET(attribute_group, bin_attrs);
	SIZE(bin_attribute);
	OFFSET(bin_attribute, size);
	OFFSET(bin_attribute, private);
	OFFSET(bin_attribute, read);
	OFFSET(bin_attribute, write);
	OFFSET(bin_attribute, mmap);
	OFFSET(sysfs_ops, store);

	SIZE(seq_file);
	OFFSET(seq_file, size);
	OFFSET(seq_file, count);
	OFFSET(seq_file, index);
	OFFSET(seq_file, op);
	OFFSET(seq_file, file);
	OFFSET(seq_file, private);
	OFFSET(seq_operations, stop);
	OFFSET(seq_operations, next);
	OFFSET(seq_operations, show);

	SIZE(proc_ops);
	OFFSET(proc_ops, proc_open);
	OFFSET(proc_ops, proc_read);
	OFFSET(proc_ops, proc_write);
	OFFSET(proc_ops, proc_lseek);
	OFFSET(proc_ops, proc_release);
	OFFSET(proc_ops, proc_poll);
	OFFSET(proc_ops, proc_ioctl);
	OFFSET(proc_ops, proc_mmap);

	SIZE(_ddebug);
	OFFSET(_ddebug, function);
	OFFSET(_ddebug, filename);
	OFFSET(_ddebug, format);
	OFFSET(_ddebug, key);

	SIZE(debugfs_blob_wrapper);
	OFFSET(debugfs_blob_wrapper, size);
	SIZE(debugfs_reg32);
	OFFSET(debugfs_reg32, offset);
	SIZE(debugfs_regset32);
	OFFSET(debugfs_regset32, nregs);
	OFFSET(debugfs_regset32, base);
	OFFSET(debugfs_regset32, dev);
	SIZE(debugfs_u32_array);
	OFFSET(debugfs_u32_array, n_elements);

	OFFSET(tty_struct, kref);
	OFFSET(tty_struct, dev);
	OFFSET(tty_struct, driver);
	OFFSET(tty_struct, ops);
	OFFSET(tty_struct, index);
	OFFSET(tty_driver, name);
	OFFSET(tty_driver, major);
	OFFSET(tty_driver, minor_start);
	OFFSET(tty_driver, init_termios);
	OFFSET(tty_driver, ops);
	OFFSET(tty_driver, tty_drivers);
	OFFSET(tty_operations, write);
}
