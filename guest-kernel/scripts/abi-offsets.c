// SPDX-License-Identifier: GPL-2.0
/*
 * Where Debian's headers put the fields modules reach inline. Compiled
 * to assembly against those headers (the Makefile's abi-offsets.h rule,
 * as Linux makes asm-offsets.h); our structs assert that their fields
 * sit at the same offsets (<linux/abi.h>). A module compiled against
 * Debian's headers reads file->private_data, inode->i_private (pde_data,
 * debugfs), kobj->sd or kset->kobj by offset, without calling us.
 */
#include <linux/stddef.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/debugfs.h>
#include <linux/dynamic_debug.h>

#define DEFINE(sym, val) \
	asm volatile("\n.ascii \"->" #sym " %0\"" : : "i" (val))
#define OFFSET(s, f)	DEFINE(ABI_OFFSET_##s##__##f, offsetof(struct s, f))
#define SIZE(s)		DEFINE(ABI_SIZE_##s, sizeof(struct s))

void abi_offsets(void);

void abi_offsets(void)
{
	OFFSET(inode, i_mode);
	OFFSET(inode, i_opflags);
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
	OFFSET(inode, i_bytes);
	OFFSET(inode, i_blkbits);
	OFFSET(inode, i_blocks);
	OFFSET(inode, i_state);
	OFFSET(inode, i_sb_list);
	OFFSET(inode, i_count);
	OFFSET(inode, i_writecount);
	OFFSET(inode, i_fop);
	OFFSET(inode, i_data);
	OFFSET(inode, i_pipe);
	OFFSET(inode, i_cdev);
	OFFSET(inode, i_link);
	OFFSET(inode, i_private);
	SIZE(inode);

	OFFSET(file, f_path);
	OFFSET(file, f_inode);
	OFFSET(file, f_op);
	OFFSET(file, f_count);
	OFFSET(file, f_flags);
	OFFSET(file, f_mode);
	OFFSET(file, f_pos);
	OFFSET(file, f_version);
	OFFSET(file, private_data);
	OFFSET(file, f_mapping);
	SIZE(file);

	OFFSET(path, mnt);
	OFFSET(path, dentry);
	OFFSET(qstr, name);
	OFFSET(dentry, d_flags);
	OFFSET(dentry, d_parent);
	OFFSET(dentry, d_name);
	OFFSET(dentry, d_inode);
	OFFSET(dentry, d_iname);
	OFFSET(dentry, d_op);
	OFFSET(dentry, d_sb);
	OFFSET(dentry, d_time);
	OFFSET(dentry, d_fsdata);
	OFFSET(dentry, d_child);
	OFFSET(dentry, d_subdirs);
	SIZE(dentry);

	OFFSET(kobject, name);
	OFFSET(kobject, entry);
	OFFSET(kobject, parent);
	OFFSET(kobject, kset);
	OFFSET(kobject, ktype);
	OFFSET(kobject, sd);
	OFFSET(kobject, kref);
	SIZE(kobject);
	OFFSET(kset, list);
	OFFSET(kset, kobj);
	OFFSET(kset, uevent_ops);
	SIZE(kset);
	OFFSET(kobj_type, release);
	OFFSET(kobj_type, sysfs_ops);
	OFFSET(kobj_type, default_groups);
	OFFSET(kobj_type, child_ns_type);
	OFFSET(kobj_type, namespace);
	OFFSET(kobj_type, get_ownership);
	SIZE(kobj_type);
	OFFSET(kset_uevent_ops, filter);
	OFFSET(kset_uevent_ops, name);
	OFFSET(kset_uevent_ops, uevent);
	OFFSET(kobj_uevent_env, argv);
	OFFSET(kobj_uevent_env, envp);
	OFFSET(kobj_uevent_env, envp_idx);
	OFFSET(kobj_uevent_env, buf);
	OFFSET(kobj_uevent_env, buflen);
	SIZE(kobj_uevent_env);
	OFFSET(kobj_attribute, attr);
	OFFSET(kobj_attribute, show);
	OFFSET(kobj_attribute, store);
	SIZE(kobj_attribute);

	OFFSET(attribute, name);
	OFFSET(attribute, mode);
	SIZE(attribute);
	OFFSET(attribute_group, name);
	OFFSET(attribute_group, is_visible);
	OFFSET(attribute_group, is_bin_visible);
	OFFSET(attribute_group, attrs);
	OFFSET(attribute_group, bin_attrs);
	SIZE(attribute_group);
	OFFSET(bin_attribute, attr);
	OFFSET(bin_attribute, size);
	OFFSET(bin_attribute, private);
	OFFSET(bin_attribute, read);
	OFFSET(bin_attribute, write);
	OFFSET(bin_attribute, mmap);
	SIZE(bin_attribute);
	OFFSET(sysfs_ops, show);
	OFFSET(sysfs_ops, store);

	OFFSET(seq_file, buf);
	OFFSET(seq_file, size);
	OFFSET(seq_file, from);
	OFFSET(seq_file, count);
	OFFSET(seq_file, pad_until);
	OFFSET(seq_file, index);
	OFFSET(seq_file, read_pos);
	OFFSET(seq_file, op);
	OFFSET(seq_file, poll_event);
	OFFSET(seq_file, file);
	OFFSET(seq_file, private);
	SIZE(seq_file);
	OFFSET(seq_operations, start);
	OFFSET(seq_operations, stop);
	OFFSET(seq_operations, next);
	OFFSET(seq_operations, show);

	OFFSET(proc_ops, proc_flags);
	OFFSET(proc_ops, proc_open);
	OFFSET(proc_ops, proc_read);
	OFFSET(proc_ops, proc_read_iter);
	OFFSET(proc_ops, proc_write);
	OFFSET(proc_ops, proc_lseek);
	OFFSET(proc_ops, proc_release);
	OFFSET(proc_ops, proc_poll);
	OFFSET(proc_ops, proc_ioctl);
	OFFSET(proc_ops, proc_mmap);
	SIZE(proc_ops);

	OFFSET(file_operations, owner);
	OFFSET(file_operations, llseek);
	OFFSET(file_operations, read);
	OFFSET(file_operations, write);
	OFFSET(file_operations, poll);
	OFFSET(file_operations, unlocked_ioctl);
	OFFSET(file_operations, mmap);
	OFFSET(file_operations, open);
	OFFSET(file_operations, release);
	OFFSET(file_operations, fasync);
	OFFSET(file_operations, splice_read);
	SIZE(file_operations);

	OFFSET(debugfs_blob_wrapper, data);
	OFFSET(debugfs_blob_wrapper, size);
	OFFSET(debugfs_reg32, name);
	OFFSET(debugfs_reg32, offset);
	SIZE(debugfs_reg32);
	OFFSET(debugfs_regset32, regs);
	OFFSET(debugfs_regset32, nregs);
	OFFSET(debugfs_regset32, base);
	OFFSET(debugfs_regset32, dev);
	SIZE(debugfs_regset32);
	OFFSET(debugfs_u32_array, array);
	OFFSET(debugfs_u32_array, n_elements);

	OFFSET(_ddebug, modname);
	OFFSET(_ddebug, function);
	OFFSET(_ddebug, filename);
	OFFSET(_ddebug, format);
	OFFSET(_ddebug, key);
	SIZE(_ddebug);
}
