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
#include <linux/miscdevice.h>
#include <linux/device.h>
#include <linux/platform_device.h>
#include <linux/mod_devicetable.h>
#include <linux/of.h>
#include <linux/ioport.h>

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

	SIZE(miscdevice);
	OFFSET(miscdevice, minor);
	OFFSET(miscdevice, name);
	OFFSET(miscdevice, fops);
	OFFSET(miscdevice, list);
	OFFSET(miscdevice, parent);
	OFFSET(miscdevice, this_device);
	OFFSET(miscdevice, groups);
	OFFSET(miscdevice, nodename);
	OFFSET(miscdevice, mode);

	SIZE(kobject);
	OFFSET(kobject, name);
	OFFSET(kobject, parent);
	OFFSET(kobject, kref);

	SIZE(device);
	OFFSET(device, parent);
	OFFSET(device, p);
	OFFSET(device, init_name);
	OFFSET(device, type);
	OFFSET(device, bus);
	OFFSET(device, driver);
	OFFSET(device, platform_data);
	OFFSET(device, driver_data);
	OFFSET(device, mutex);
	OFFSET(device, links);
	OFFSET(device, power);
	OFFSET(device, pm_domain);
	OFFSET(device, dma_ops);
	OFFSET(device, dma_mask);
	OFFSET(device, coherent_dma_mask);
	OFFSET(device, dma_parms);
	OFFSET(device, dma_pools);
	OFFSET(device, of_node);
	OFFSET(device, fwnode);
	OFFSET(device, numa_node);
	OFFSET(device, devt);
	OFFSET(device, id);
	OFFSET(device, devres_lock);
	OFFSET(device, devres_head);
	OFFSET(device, class);
	OFFSET(device, groups);
	OFFSET(device, release);
	OFFSET(device, iommu_group);
	OFFSET(device, removable);

	SIZE(device_type);
	OFFSET(device_type, name);
	OFFSET(device_type, groups);
	OFFSET(device_type, uevent);
	OFFSET(device_type, devnode);
	OFFSET(device_type, release);
	OFFSET(device_type, pm);

	SIZE(class);
	OFFSET(class, name);
	OFFSET(class, owner);
	OFFSET(class, class_groups);
	OFFSET(class, dev_groups);
	OFFSET(class, dev_kobj);
	OFFSET(class, dev_uevent);
	OFFSET(class, devnode);
	OFFSET(class, class_release);
	OFFSET(class, dev_release);
	OFFSET(class, shutdown_pre);
	OFFSET(class, ns_type);
	OFFSET(class, namespace);
	OFFSET(class, get_ownership);
	OFFSET(class, pm);
	OFFSET(class, p);

	SIZE(bus_type);
	OFFSET(bus_type, name);
	OFFSET(bus_type, dev_name);
	OFFSET(bus_type, dev_root);
	OFFSET(bus_type, bus_groups);
	OFFSET(bus_type, dev_groups);
	OFFSET(bus_type, drv_groups);
	OFFSET(bus_type, match);
	OFFSET(bus_type, uevent);
	OFFSET(bus_type, probe);
	OFFSET(bus_type, sync_state);
	OFFSET(bus_type, remove);
	OFFSET(bus_type, shutdown);
	OFFSET(bus_type, online);
	OFFSET(bus_type, offline);
	OFFSET(bus_type, suspend);
	OFFSET(bus_type, resume);
	OFFSET(bus_type, num_vf);
	OFFSET(bus_type, dma_configure);
	OFFSET(bus_type, dma_cleanup);
	OFFSET(bus_type, pm);
	OFFSET(bus_type, iommu_ops);
	OFFSET(bus_type, p);
	OFFSET(bus_type, need_parent_lock);

	SIZE(device_driver);
	OFFSET(device_driver, name);
	OFFSET(device_driver, bus);
	OFFSET(device_driver, owner);
	OFFSET(device_driver, mod_name);
	OFFSET(device_driver, suppress_bind_attrs);
	OFFSET(device_driver, probe_type);
	OFFSET(device_driver, of_match_table);
	OFFSET(device_driver, acpi_match_table);
	OFFSET(device_driver, probe);
	OFFSET(device_driver, sync_state);
	OFFSET(device_driver, remove);
	OFFSET(device_driver, shutdown);
	OFFSET(device_driver, suspend);
	OFFSET(device_driver, resume);
	OFFSET(device_driver, groups);
	OFFSET(device_driver, dev_groups);
	OFFSET(device_driver, pm);
	OFFSET(device_driver, coredump);
	OFFSET(device_driver, p);

	SIZE(device_attribute);
	OFFSET(device_attribute, show);
	OFFSET(device_attribute, store);
	SIZE(driver_attribute);
	OFFSET(driver_attribute, show);
	OFFSET(driver_attribute, store);
	SIZE(class_attribute);
	OFFSET(class_attribute, show);
	OFFSET(class_attribute, store);
	SIZE(bus_attribute);
	SIZE(attribute);
	OFFSET(attribute, mode);
	SIZE(attribute_group);
	OFFSET(attribute_group, is_visible);
	OFFSET(attribute_group, is_bin_visible);
	OFFSET(attribute_group, attrs);
	OFFSET(attribute_group, bin_attrs);

	SIZE(platform_driver);
	OFFSET(platform_driver, probe);
	OFFSET(platform_driver, remove);
	OFFSET(platform_driver, remove_new);
	OFFSET(platform_driver, shutdown);
	OFFSET(platform_driver, suspend);
	OFFSET(platform_driver, resume);
	OFFSET(platform_driver, driver);
	OFFSET(platform_driver, id_table);
	OFFSET(platform_driver, prevent_deferred_probe);
	OFFSET(platform_driver, driver_managed_dma);

	SIZE(platform_device);
	OFFSET(platform_device, name);
	OFFSET(platform_device, id);
	OFFSET(platform_device, id_auto);
	OFFSET(platform_device, dev);
	OFFSET(platform_device, platform_dma_mask);
	OFFSET(platform_device, dma_parms);
	OFFSET(platform_device, num_resources);
	OFFSET(platform_device, resource);
	OFFSET(platform_device, id_entry);
	OFFSET(platform_device, driver_override);
	OFFSET(platform_device, mfd_cell);

	SIZE(platform_device_info);
	OFFSET(platform_device_info, parent);
	OFFSET(platform_device_info, fwnode);
	OFFSET(platform_device_info, of_node_reused);
	OFFSET(platform_device_info, name);
	OFFSET(platform_device_info, id);
	OFFSET(platform_device_info, res);
	OFFSET(platform_device_info, num_res);
	OFFSET(platform_device_info, data);
	OFFSET(platform_device_info, size_data);
	OFFSET(platform_device_info, dma_mask);
	OFFSET(platform_device_info, properties);

	SIZE(platform_device_id);
	OFFSET(platform_device_id, driver_data);
	SIZE(of_device_id);
	OFFSET(of_device_id, type);
	OFFSET(of_device_id, compatible);
	OFFSET(of_device_id, data);

	SIZE(resource);
	OFFSET(resource, start);
	OFFSET(resource, end);
	OFFSET(resource, name);
	OFFSET(resource, flags);
	OFFSET(resource, desc);
	OFFSET(resource, parent);
	OFFSET(resource, sibling);
	OFFSET(resource, child);

	SIZE(fwnode_handle);
	OFFSET(fwnode_handle, secondary);
	OFFSET(fwnode_handle, ops);
	OFFSET(fwnode_handle, dev);
	OFFSET(fwnode_handle, flags);

	SIZE(device_node);
	OFFSET(device_node, name);
	OFFSET(device_node, phandle);
	OFFSET(device_node, full_name);
	OFFSET(device_node, fwnode);
	OFFSET(device_node, properties);
	OFFSET(device_node, deadprops);
	OFFSET(device_node, parent);
	OFFSET(device_node, child);
	OFFSET(device_node, sibling);
	OFFSET(device_node, kobj);
	OFFSET(device_node, _flags);
	OFFSET(device_node, data);

	SIZE(property);
	OFFSET(property, name);
	OFFSET(property, length);
	OFFSET(property, value);
	OFFSET(property, next);
	OFFSET(property, attr);

	SIZE(dev_pm_info);
	SIZE(dev_links_info);
	SIZE(mutex);

	SIZE(poll_table_struct);
	OFFSET(poll_table_struct, _qproc);
	OFFSET(poll_table_struct, _key);
}
