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
#include <linux/hrtimer.h>
#include <linux/module.h>
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
#include <linux/cdev.h>
#include <linux/poll.h>
#include <linux/miscdevice.h>
#include <linux/device.h>
#include <linux/platform_device.h>
#include <linux/mod_devicetable.h>
#include <linux/of.h>
#include <linux/ioport.h>
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
#include <linux/workqueue.h>
#include <linux/kthread.h>
#include <linux/input.h>
#include <linux/leds.h>
#include <linux/ratelimit.h>
#include <linux/rtmutex.h>
#include <linux/i2c.h>
#include <linux/firmware.h>
#include <linux/crypto.h>
#include <crypto/hash.h>
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
	TASK(vfork_done);
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

	/* a module's own struct module (.gnu.linkonce.this_module) */
	OFF(module, name);
	OFF(module, init);
	OFF(module, exit);
	OFF(module, core_layout);
	OFF(module, init_layout);

	/* hrtimers modules embed */
	SIZE(hrtimer);
	OFF(hrtimer, base);
	OFF(hrtimer_clock_base, get_time);

	/* deferred work */
	SIZE(work_struct);
	OFF(work_struct, entry);
	OFF(work_struct, func);
	SIZE(delayed_work);
	OFF(delayed_work, timer);
	OFF(delayed_work, wq);
	OFF(delayed_work, cpu);
	SIZE(kthread_worker);
	OFF(kthread_worker, flags);
	OFF(kthread_worker, lock);
	OFF(kthread_worker, work_list);
	OFF(kthread_worker, delayed_work_list);
	OFF(kthread_worker, task);
	OFF(kthread_worker, current_work);
	SIZE(kthread_work);
	OFF(kthread_work, node);
	OFF(kthread_work, func);
	OFF(kthread_work, worker);
	OFF(kthread_work, canceling);
	SIZE(kthread_delayed_work);
	OFF(kthread_delayed_work, timer);

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

	/* files, character devices, the driver model, the device tree,
	 * dentries, kobjects and sysfs, seq_file, procfs, debugfs, dynamic
	 * debug sites, the tty a module asks for */
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

	SIZE(input_dev);
	OFF(input_dev, name);
	OFF(input_dev, id);
	OFF(input_dev, evbit);
	OFF(input_dev, keybit);
	OFF(input_dev, swbit);
	OFF(input_dev, keycode);
	OFF(input_dev, setkeycode);
	OFF(input_dev, timer);
	OFF(input_dev, rep);
	OFF(input_dev, absinfo);
	OFF(input_dev, key);
	OFF(input_dev, open);
	OFF(input_dev, event);
	OFF(input_dev, mutex);
	OFF(input_dev, users);
	OFF(input_dev, dev);
	OFF(input_dev, h_list);
	OFF(input_dev, vals);
	OFF(input_dev, timestamp);
	OFF(input_dev, inhibited);
	SIZE(input_handler);
	SIZE(input_handle);
	SIZE(led_trigger);
	OFF(led_trigger, name);
	OFF(led_trigger, activate);
	OFF(led_trigger, brightness);
	OFF(led_trigger, leddev_list_lock);
	OFF(led_trigger, led_cdevs);
	OFF(led_trigger, next_trig);
	OFF(led_trigger, groups);
	SIZE(miscdevice);
	OFF(miscdevice, minor);
	OFF(miscdevice, name);
	OFF(miscdevice, fops);
	OFF(miscdevice, list);
	OFF(miscdevice, parent);
	OFF(miscdevice, this_device);
	OFF(miscdevice, groups);
	OFF(miscdevice, nodename);
	OFF(miscdevice, mode);

	SIZE(kobject);
	OFF(kobject, name);
	OFF(kobject, parent);
	OFF(kobject, kref);

	SIZE(device);
	OFF(device, parent);
	OFF(device, p);
	OFF(device, init_name);
	OFF(device, type);
	OFF(device, bus);
	OFF(device, driver);
	OFF(device, platform_data);
	OFF(device, driver_data);
	OFF(device, mutex);
	OFF(device, links);
	OFF(device, power);
	OFF(device, pm_domain);
	OFF(device, dma_ops);
	OFF(device, dma_mask);
	OFF(device, coherent_dma_mask);
	OFF(device, dma_parms);
	OFF(device, dma_pools);
	OFF(device, of_node);
	OFF(device, fwnode);
#ifdef CONFIG_NUMA
	OFF(device, numa_node);
#endif
	OFF(device, devt);
	OFF(device, id);
	OFF(device, devres_lock);
	OFF(device, devres_head);
	OFF(device, class);
	OFF(device, groups);
	OFF(device, release);
	OFF(device, iommu_group);
	OFF(device, removable);

	SIZE(device_type);
	OFF(device_type, name);
	OFF(device_type, groups);
	OFF(device_type, uevent);
	OFF(device_type, devnode);
	OFF(device_type, release);
	OFF(device_type, pm);

	SIZE(class);
	OFF(class, name);
	OFF(class, owner);
	OFF(class, class_groups);
	OFF(class, dev_groups);
	OFF(class, dev_kobj);
	OFF(class, dev_uevent);
	OFF(class, devnode);
	OFF(class, class_release);
	OFF(class, dev_release);
	OFF(class, shutdown_pre);
	OFF(class, ns_type);
	OFF(class, namespace);
	OFF(class, get_ownership);
	OFF(class, pm);
	OFF(class, p);

	SIZE(bus_type);
	OFF(bus_type, name);
	OFF(bus_type, dev_name);
	OFF(bus_type, dev_root);
	OFF(bus_type, bus_groups);
	OFF(bus_type, dev_groups);
	OFF(bus_type, drv_groups);
	OFF(bus_type, match);
	OFF(bus_type, uevent);
	OFF(bus_type, probe);
	OFF(bus_type, sync_state);
	OFF(bus_type, remove);
	OFF(bus_type, shutdown);
	OFF(bus_type, online);
	OFF(bus_type, offline);
	OFF(bus_type, suspend);
	OFF(bus_type, resume);
	OFF(bus_type, num_vf);
	OFF(bus_type, dma_configure);
	OFF(bus_type, dma_cleanup);
	OFF(bus_type, pm);
	OFF(bus_type, iommu_ops);
	OFF(bus_type, p);
	OFF(bus_type, need_parent_lock);

	SIZE(device_driver);
	OFF(device_driver, name);
	OFF(device_driver, bus);
	OFF(device_driver, owner);
	OFF(device_driver, mod_name);
	OFF(device_driver, suppress_bind_attrs);
	OFF(device_driver, probe_type);
	OFF(device_driver, of_match_table);
	OFF(device_driver, acpi_match_table);
	OFF(device_driver, probe);
	OFF(device_driver, sync_state);
	OFF(device_driver, remove);
	OFF(device_driver, shutdown);
	OFF(device_driver, suspend);
	OFF(device_driver, resume);
	OFF(device_driver, groups);
	OFF(device_driver, dev_groups);
	OFF(device_driver, pm);
	OFF(device_driver, coredump);
	OFF(device_driver, p);

	SIZE(device_attribute);
	OFF(device_attribute, show);
	OFF(device_attribute, store);
	SIZE(driver_attribute);
	OFF(driver_attribute, show);
	OFF(driver_attribute, store);
	SIZE(class_attribute);
	OFF(class_attribute, show);
	OFF(class_attribute, store);
	SIZE(bus_attribute);
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

	SIZE(platform_driver);
	OFF(platform_driver, probe);
	OFF(platform_driver, remove);
	OFF(platform_driver, remove_new);
	OFF(platform_driver, shutdown);
	OFF(platform_driver, suspend);
	OFF(platform_driver, resume);
	OFF(platform_driver, driver);
	OFF(platform_driver, id_table);
	OFF(platform_driver, prevent_deferred_probe);
	OFF(platform_driver, driver_managed_dma);

	SIZE(platform_device);
	OFF(platform_device, name);
	OFF(platform_device, id);
	OFF(platform_device, id_auto);
	OFF(platform_device, dev);
	OFF(platform_device, platform_dma_mask);
	OFF(platform_device, dma_parms);
	OFF(platform_device, num_resources);
	OFF(platform_device, resource);
	OFF(platform_device, id_entry);
	OFF(platform_device, driver_override);
	OFF(platform_device, mfd_cell);

	SIZE(platform_device_info);
	OFF(platform_device_info, parent);
	OFF(platform_device_info, fwnode);
	OFF(platform_device_info, of_node_reused);
	OFF(platform_device_info, name);
	OFF(platform_device_info, id);
	OFF(platform_device_info, res);
	OFF(platform_device_info, num_res);
	OFF(platform_device_info, data);
	OFF(platform_device_info, size_data);
	OFF(platform_device_info, dma_mask);
	OFF(platform_device_info, properties);

	SIZE(platform_device_id);
	OFF(platform_device_id, driver_data);
	SIZE(of_device_id);
	OFF(of_device_id, type);
	OFF(of_device_id, compatible);
	OFF(of_device_id, data);

	SIZE(resource);
	OFF(resource, start);
	OFF(resource, end);
	OFF(resource, name);
	OFF(resource, flags);
	OFF(resource, desc);
	OFF(resource, parent);
	OFF(resource, sibling);
	OFF(resource, child);

	SIZE(fwnode_handle);
	OFF(fwnode_handle, secondary);
	OFF(fwnode_handle, ops);
	OFF(fwnode_handle, dev);
	OFF(fwnode_handle, flags);

	SIZE(device_node);
	OFF(device_node, name);
	OFF(device_node, phandle);
	OFF(device_node, full_name);
	OFF(device_node, fwnode);
	OFF(device_node, properties);
	OFF(device_node, deadprops);
	OFF(device_node, parent);
	OFF(device_node, child);
	OFF(device_node, sibling);
	OFF(device_node, kobj);
	OFF(device_node, _flags);
	OFF(device_node, data);

	SIZE(property);
	OFF(property, name);
	OFF(property, length);
	OFF(property, value);
	OFF(property, next);
	OFF(property, attr);

	SIZE(dev_pm_info);
	SIZE(dev_links_info);

	SIZE(fasync_struct);
	OFF(fasync_struct, magic);
	OFF(fasync_struct, fa_fd);
	OFF(fasync_struct, fa_next);
	OFF(fasync_struct, fa_file);
	SIZE(poll_table_struct);
	OFF(poll_table_struct, _qproc);
	OFF(poll_table_struct, _key);
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
	SIZE(ratelimit_state);
	OFF(ratelimit_state, interval);
	OFF(ratelimit_state, burst);
	OFF(ratelimit_state, printed);
	OFF(ratelimit_state, missed);
	OFF(ratelimit_state, begin);
	OFF(ratelimit_state, flags);

	SIZE(rt_mutex);
	SIZE(i2c_msg);
	OFF(i2c_msg, flags);
	OFF(i2c_msg, len);
	OFF(i2c_msg, buf);
	SIZE(i2c_algorithm);
	OFF(i2c_algorithm, master_xfer);
	OFF(i2c_algorithm, smbus_xfer);
	OFF(i2c_algorithm, functionality);
	OFF(i2c_algorithm, unreg_slave);
	SIZE(i2c_lock_operations);
	SIZE(i2c_adapter);
	OFF(i2c_adapter, class);
	OFF(i2c_adapter, algo);
	OFF(i2c_adapter, algo_data);
	OFF(i2c_adapter, lock_ops);
	OFF(i2c_adapter, bus_lock);
	OFF(i2c_adapter, mux_lock);
	OFF(i2c_adapter, timeout);
	OFF(i2c_adapter, retries);
	OFF(i2c_adapter, dev);
	OFF(i2c_adapter, locked_flags);
	OFF(i2c_adapter, nr);
	OFF(i2c_adapter, name);
	OFF(i2c_adapter, dev_released);
	OFF(i2c_adapter, userspace_clients_lock);
	OFF(i2c_adapter, userspace_clients);
	OFF(i2c_adapter, bus_recovery_info);
	OFF(i2c_adapter, quirks);
	OFF(i2c_adapter, debugfs);
	OFF(i2c_adapter, addrs_in_instantiation);
	SIZE(i2c_client);
	OFF(i2c_client, addr);
	OFF(i2c_client, name);
	OFF(i2c_client, adapter);
	OFF(i2c_client, dev);
	OFF(i2c_client, init_irq);
	OFF(i2c_client, irq);
	OFF(i2c_client, detected);
	OFF(i2c_client, slave_cb);
	OFF(i2c_client, devres_group_id);
	SIZE(i2c_board_info);
	OFF(i2c_board_info, flags);
	OFF(i2c_board_info, addr);
	OFF(i2c_board_info, dev_name);
	OFF(i2c_board_info, platform_data);
	OFF(i2c_board_info, of_node);
	OFF(i2c_board_info, fwnode);
	OFF(i2c_board_info, swnode);
	OFF(i2c_board_info, resources);
	OFF(i2c_board_info, num_resources);
	OFF(i2c_board_info, irq);
	SIZE(i2c_driver);
	OFF(i2c_driver, probe);
	OFF(i2c_driver, remove);
	OFF(i2c_driver, probe_new);
	OFF(i2c_driver, shutdown);
	OFF(i2c_driver, alert);
	OFF(i2c_driver, command);
	OFF(i2c_driver, driver);
	OFF(i2c_driver, id_table);
	OFF(i2c_driver, detect);
	OFF(i2c_driver, address_list);
	OFF(i2c_driver, clients);
	OFF(i2c_driver, flags);
	SIZE(i2c_device_id);
	OFF(i2c_device_id, driver_data);

	SIZE(firmware);
	OFF(firmware, size);
	OFF(firmware, data);
	OFF(firmware, priv);
	SIZE(crypto_alg);
	OFF(crypto_alg, cra_list);
	OFF(crypto_alg, cra_flags);
	OFF(crypto_alg, cra_blocksize);
	OFF(crypto_alg, cra_ctxsize);
	OFF(crypto_alg, cra_alignmask);
	OFF(crypto_alg, cra_priority);
	OFF(crypto_alg, cra_refcnt);
	OFF(crypto_alg, cra_name);
	OFF(crypto_alg, cra_driver_name);
	OFF(crypto_alg, cra_type);
	OFF(crypto_alg, cra_u);
	OFF(crypto_alg, cra_init);
	OFF(crypto_alg, cra_exit);
	OFF(crypto_alg, cra_destroy);
	OFF(crypto_alg, cra_module);
	SIZE(crypto_tfm);
	OFF(crypto_tfm, refcnt);
	OFF(crypto_tfm, crt_flags);
	OFF(crypto_tfm, exit);
	OFF(crypto_tfm, __crt_alg);
	OFF(crypto_tfm, __crt_ctx);
	SIZE(shash_alg);
	OFF(shash_alg, init);
	OFF(shash_alg, update);
	OFF(shash_alg, final);
	OFF(shash_alg, finup);
	OFF(shash_alg, digest);
	OFF(shash_alg, export);
	OFF(shash_alg, import);
	OFF(shash_alg, setkey);
	OFF(shash_alg, init_tfm);
	OFF(shash_alg, exit_tfm);
	OFF(shash_alg, descsize);
	OFF(shash_alg, digestsize);
	OFF(shash_alg, statesize);
	OFF(shash_alg, base);
	SIZE(crypto_shash);
	OFF(crypto_shash, descsize);
	OFF(crypto_shash, base);
	SIZE(shash_desc);
	OFF(shash_desc, __ctx);
	return 0;
}
