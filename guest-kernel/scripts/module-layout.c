// SPDX-License-Identifier: GPL-2.0
/*
 * Where Debian's kernel keeps the fields that module code reaches
 * inline (current->pid, wait_event()'s wait queue entry, an rb_node's
 * links, a kfifo's indices...). Compiled by kbuild against Debian's
 * headers, as Linux's asm-offsets.c is; the Makefile turns the
 * "->NAME value" markers into include/generated/module-layout.h, and
 * our headers check their structures against it (<linux/module_abi.h>).
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/wait.h>
#include <linux/swait.h>
#include <linux/completion.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/rbtree.h>
#include <linux/idr.h>
#include <linux/xarray.h>
#include <linux/kfifo.h>
#include <linux/refcount.h>
#include <linux/rcupdate.h>
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
#include <linux/kbuild.h>

#define TASK(f)		DEFINE(TSK_##f, offsetof(struct task_struct, f))
#define OFF(s, f)	DEFINE(ABI_##s##__##f, offsetof(struct s, f))
#define SIZE(s)		DEFINE(ABI_SIZEOF_##s, sizeof(struct s))
#define TSIZE(t)	DEFINE(ABI_SIZEOF_##t, sizeof(t))

int main(void)
{
	SIZE(thread_info);
	OFF(thread_info, flags);
	OFF(thread_info, preempt_count);
	OFF(thread_info, cpu);

	/* task_struct, in Debian's order */
	TASK(__state);
	TASK(stack);
	TASK(usage);
	TASK(flags);
	TASK(prio);
	TASK(static_prio);
	TASK(normal_prio);
	TASK(tasks);
	TASK(mm);
	TASK(active_mm);
	TASK(exit_state);
	TASK(exit_code);
	TASK(exit_signal);
	TASK(pid);
	TASK(tgid);
	TASK(stack_canary);
	TASK(real_parent);
	TASK(parent);
	TASK(children);
	TASK(sibling);
	TASK(group_leader);
	TASK(set_child_tid);
	TASK(clear_child_tid);
	TASK(utime);
	TASK(stime);
	TASK(nvcsw);
	TASK(nivcsw);
	TASK(start_time);
	TASK(start_boottime);
	TASK(min_flt);
	TASK(maj_flt);
	TASK(comm);
	TASK(fs);
	TASK(files);
	TASK(signal);
	TASK(sighand);
	TASK(blocked);
	TASK(real_blocked);
	TASK(saved_sigmask);
	TASK(pending);
	TASK(sas_ss_sp);
	TASK(sas_ss_size);
	TASK(sas_ss_flags);

	/* sleeping and waking */
	SIZE(wait_queue_head);
	OFF(wait_queue_head, lock);
	OFF(wait_queue_head, head);
	SIZE(wait_queue_entry);
	OFF(wait_queue_entry, flags);
	OFF(wait_queue_entry, private);
	OFF(wait_queue_entry, func);
	OFF(wait_queue_entry, entry);
	SIZE(swait_queue_head);
	OFF(swait_queue_head, lock);
	OFF(swait_queue_head, task_list);
	SIZE(swait_queue);
	OFF(swait_queue, task);
	OFF(swait_queue, task_list);
	SIZE(completion);
	OFF(completion, done);
	OFF(completion, wait);

	/* locks */
	TSIZE(spinlock_t);
	TSIZE(rwlock_t);
	TSIZE(refcount_t);
	SIZE(mutex);
	SIZE(rw_semaphore);
	OFF(rw_semaphore, count);
	OFF(rw_semaphore, owner);
	OFF(rw_semaphore, wait_lock);
	OFF(rw_semaphore, wait_list);
	SIZE(semaphore);
	OFF(semaphore, lock);
	OFF(semaphore, count);
	OFF(semaphore, wait_list);
	SIZE(callback_head);
	OFF(callback_head, next);
	OFF(callback_head, func);

	/* data structures */
	SIZE(rb_node);
	OFF(rb_node, __rb_parent_color);
	OFF(rb_node, rb_right);
	OFF(rb_node, rb_left);
	SIZE(rb_root_cached);
	OFF(rb_root_cached, rb_leftmost);
	SIZE(xarray);
	OFF(xarray, xa_lock);
	OFF(xarray, xa_flags);
	OFF(xarray, xa_head);
	SIZE(idr);
	OFF(idr, idr_rt);
	OFF(idr, idr_base);
	OFF(idr, idr_next);
	SIZE(ida);
	SIZE(__kfifo);
	OFF(__kfifo, in);
	OFF(__kfifo, out);
	OFF(__kfifo, mask);
	OFF(__kfifo, esize);
	OFF(__kfifo, data);

	/* files, dentries, kobjects and sysfs, seq_file, procfs, debugfs,
	 * dynamic debug sites, the tty a module asks for */
	SIZE(file);
	OFF(file, f_path);
	OFF(file, f_inode);
	OFF(file, f_op);
	OFF(file, f_lock);
	OFF(file, f_count);
	OFF(file, f_flags);
	OFF(file, f_mode);
	OFF(file, f_pos_lock);
	OFF(file, f_pos);
	OFF(file, f_owner);
	OFF(file, f_cred);
	OFF(file, f_ra);
	OFF(file, f_version);
	OFF(file, private_data);
	OFF(file, f_ep);
	OFF(file, f_mapping);
	OFF(file, f_wb_err);

	SIZE(inode);
	OFF(inode, i_mode);
	OFF(inode, i_uid);
	OFF(inode, i_gid);
	OFF(inode, i_flags);
	OFF(inode, i_op);
	OFF(inode, i_sb);
	OFF(inode, i_mapping);
	OFF(inode, i_ino);
	OFF(inode, i_nlink);
	OFF(inode, i_rdev);
	OFF(inode, i_size);
	OFF(inode, i_atime);
	OFF(inode, i_mtime);
	OFF(inode, i_ctime);
	OFF(inode, i_lock);
	OFF(inode, i_bytes);
	OFF(inode, i_blkbits);
	OFF(inode, i_blocks);
	OFF(inode, i_state);
	OFF(inode, i_rwsem);
	OFF(inode, dirtied_when);
	OFF(inode, i_hash);
	OFF(inode, i_sb_list);
	OFF(inode, i_count);
	OFF(inode, i_writecount);
	OFF(inode, i_fop);
	OFF(inode, i_data);
	OFF(inode, i_devices);
	OFF(inode, i_pipe);
	OFF(inode, i_cdev);
	OFF(inode, i_link);
	OFF(inode, i_generation);
	OFF(inode, i_private);

	SIZE(file_operations);
	OFF(file_operations, owner);
	OFF(file_operations, poll);
	OFF(file_operations, unlocked_ioctl);
	OFF(file_operations, open);
	OFF(file_operations, release);
	OFF(file_operations, fasync);
	OFF(file_operations, uring_cmd_iopoll);

	SIZE(fown_struct);
	OFF(fown_struct, pid);
	OFF(fown_struct, signum);

	SIZE(cdev);
	OFF(cdev, kobj);
	OFF(cdev, owner);
	OFF(cdev, ops);
	OFF(cdev, list);
	OFF(cdev, dev);
	OFF(cdev, count);

	SIZE(poll_table_struct);
	OFF(poll_table_struct, _qproc);
	OFF(poll_table_struct, _key);

	SIZE(dentry);
	OFF(dentry, d_flags);
	OFF(dentry, d_parent);
	OFF(dentry, d_name);
	OFF(dentry, d_inode);
	OFF(dentry, d_iname);
	OFF(dentry, d_lockref);
	OFF(dentry, d_op);
	OFF(dentry, d_sb);
	OFF(dentry, d_time);
	OFF(dentry, d_fsdata);
	OFF(dentry, d_child);
	OFF(dentry, d_subdirs);
	OFF(qstr, name);

	SIZE(kobject);
	OFF(kobject, name);
	OFF(kobject, entry);
	OFF(kobject, parent);
	OFF(kobject, kset);
	OFF(kobject, ktype);
	OFF(kobject, sd);
	OFF(kobject, kref);
	SIZE(kset);
	OFF(kset, list);
	OFF(kset, kobj);
	OFF(kset, uevent_ops);
	SIZE(kobj_type);
	OFF(kobj_type, release);
	OFF(kobj_type, sysfs_ops);
	OFF(kobj_type, default_groups);
	OFF(kobj_type, get_ownership);
	OFF(kset_uevent_ops, filter);
	OFF(kset_uevent_ops, name);
	OFF(kset_uevent_ops, uevent);
	SIZE(kobj_uevent_env);
	OFF(kobj_uevent_env, envp);
	OFF(kobj_uevent_env, envp_idx);
	OFF(kobj_uevent_env, buf);
	OFF(kobj_uevent_env, buflen);
	SIZE(kobj_attribute);
	OFF(kobj_attribute, show);
	OFF(kobj_attribute, store);

	SIZE(attribute);
	OFF(attribute, mode);
	SIZE(attribute_group);
	OFF(attribute_group, is_visible);
	OFF(attribute_group, is_bin_visible);
	OFF(attribute_group, attrs);
	OFF(attribute_group, bin_attrs);
	SIZE(bin_attribute);
	OFF(bin_attribute, size);
	OFF(bin_attribute, private);
	OFF(bin_attribute, read);
	OFF(bin_attribute, write);
	OFF(bin_attribute, mmap);
	OFF(sysfs_ops, store);

	SIZE(seq_file);
	OFF(seq_file, size);
	OFF(seq_file, count);
	OFF(seq_file, index);
	OFF(seq_file, op);
	OFF(seq_file, file);
	OFF(seq_file, private);
	OFF(seq_operations, stop);
	OFF(seq_operations, next);
	OFF(seq_operations, show);

	SIZE(proc_ops);
	OFF(proc_ops, proc_open);
	OFF(proc_ops, proc_read);
	OFF(proc_ops, proc_write);
	OFF(proc_ops, proc_lseek);
	OFF(proc_ops, proc_release);
	OFF(proc_ops, proc_poll);
	OFF(proc_ops, proc_ioctl);
	OFF(proc_ops, proc_mmap);

	SIZE(_ddebug);
	OFF(_ddebug, function);
	OFF(_ddebug, filename);
	OFF(_ddebug, format);
	OFF(_ddebug, key);

	SIZE(debugfs_blob_wrapper);
	OFF(debugfs_blob_wrapper, size);
	SIZE(debugfs_reg32);
	OFF(debugfs_reg32, offset);
	SIZE(debugfs_regset32);
	OFF(debugfs_regset32, nregs);
	OFF(debugfs_regset32, base);
	OFF(debugfs_regset32, dev);
	SIZE(debugfs_u32_array);
	OFF(debugfs_u32_array, n_elements);

	OFF(tty_struct, kref);
	OFF(tty_struct, dev);
	OFF(tty_struct, driver);
	OFF(tty_struct, ops);
	OFF(tty_struct, index);
	OFF(tty_driver, name);
	OFF(tty_driver, major);
	OFF(tty_driver, minor_start);
	OFF(tty_driver, init_termios);
	OFF(tty_driver, ops);
	OFF(tty_driver, tty_drivers);
	OFF(tty_operations, write);
	return 0;
}
