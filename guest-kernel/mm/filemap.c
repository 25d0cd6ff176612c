// SPDX-License-Identifier: GPL-2.0
/*
 * The page cache of in-memory files (ramfs): an array of pages per
 * inode, read and written with copy_to_user/copy_from_user, and mapped
 * into user space by the fault handler.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/shmem_fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/*
 * The page at index, made (zeroed) if create: NULL if absent, else an
 * ERR_PTR when it cannot be made (-ENOSPC: tmpfs is full; -ENOMEM).
 */
struct page *find_or_create_page(struct address_space *mapping,
				 unsigned long index, bool create)
{
	struct page *page;
	int err;

	if (index >= mapping->nr_slots) {
		unsigned long n = max(16UL, mapping->nr_slots);
		struct page **slots;

		if (!create)
			return NULL;
		while (n <= index)
			n *= 2;
		slots = kzalloc(n * sizeof(*slots), GFP_KERNEL);
		if (!slots)
			return ERR_PTR(-ENOMEM);
		if (mapping->pages)
			memcpy(slots, mapping->pages,
			       mapping->nr_slots * sizeof(*slots));
		kfree(mapping->pages);
		mapping->pages = slots;
		mapping->nr_slots = n;
	}
	page = mapping->pages[index];
	if (!page && create) {
		err = shmem_inode_acct_block(mapping->host, 1);
		if (err)
			return ERR_PTR(err);
		page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
		if (!page) {
			shmem_inode_unacct_blocks(mapping->host, 1);
			return ERR_PTR(-ENOMEM);
		}
		mapping->pages[index] = page;
		mapping->nrpages++;
	}
	return page;
}

/* Drop the pages from lstart on (zeroing the rest of a partial page). */
void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	unsigned long i, first = (lstart + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (lstart & ~PAGE_MASK) {
		struct page *page = find_or_create_page(mapping,
							lstart >> PAGE_SHIFT,
							false);

		if (page)
			memset((char *)page_address(page) + (lstart & ~PAGE_MASK),
			       0, PAGE_SIZE - (lstart & ~PAGE_MASK));
	}
	for (i = first; i < mapping->nr_slots; i++) {
		if (mapping->pages[i]) {
			put_page(mapping->pages[i]);
			mapping->pages[i] = NULL;
			mapping->nrpages--;
			shmem_inode_unacct_blocks(mapping->host, 1);
		}
	}
}

ssize_t generic_file_read(struct file *file, char __user *buf, size_t count,
			  loff_t *ppos)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	loff_t pos = *ppos, size = i_size_read(inode);
	size_t done = 0;

	if (pos >= size)
		return 0;
	if (count > size - pos)
		count = size - pos;
	while (done < count) {
		unsigned long off = pos & ~PAGE_MASK;
		size_t chunk = min(count - done, PAGE_SIZE - off);
		struct page *page = find_or_create_page(mapping,
							pos >> PAGE_SHIFT, false);
		unsigned long left;

		if (page)
			left = copy_to_user(buf + done,
					    (char *)page_address(page) + off, chunk);
		else
			left = clear_user(buf + done, chunk);	/* a hole */
		done += chunk - left;
		pos += chunk - left;
		if (left) {
			if (done == 0)
				return -EFAULT;
			break;
		}
	}
	*ppos = pos;
	file_accessed(file);
	return done;
}

ssize_t generic_file_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *ppos)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	loff_t pos = (file->f_flags & O_APPEND) ? i_size_read(inode) : *ppos;
	size_t done = 0;

	if (!count)
		return 0;
	while (done < count) {
		unsigned long off = pos & ~PAGE_MASK;
		size_t chunk = min(count - done, PAGE_SIZE - off);
		struct page *page = find_or_create_page(mapping,
							pos >> PAGE_SHIFT, true);
		unsigned long left;

		if (IS_ERR(page)) {
			if (!done)
				return PTR_ERR(page);
			break;
		}
		left = copy_from_user((char *)page_address(page) + off,
				      buf + done, chunk);
		done += chunk - left;
		pos += chunk - left;
		if (left) {
			if (!done)
				return -EFAULT;
			break;
		}
	}
	if (pos > i_size_read(inode))
		i_size_write(inode, pos);
	inode->i_mtime = inode->i_ctime = current_time(inode);
	*ppos = pos;
	return done;
}

void file_accessed(struct file *file)
{
}

/* A file page for the fault handler; SIGBUS beyond the end of the file. */
static int filemap_fault(struct vm_fault *vmf)
{
	struct file *file = vmf->vma->vm_file;
	struct inode *inode = file_inode(file);
	struct page *page;

	if (vmf->pgoff >= DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE))
		return VM_FAULT_SIGBUS;
	page = find_or_create_page(file->f_mapping, vmf->pgoff, true);
	if (IS_ERR(page))	/* full tmpfs: SIGBUS, as shmem_fault() */
		return PTR_ERR(page) == -ENOSPC ? VM_FAULT_SIGBUS : VM_FAULT_OOM;
	get_page(page);
	vmf->page = page;
	return 0;
}

/* Map the cached pages of [start_pgoff, end_pgoff] whose ptes are none. */
static void filemap_map_pages(struct vm_fault *vmf, unsigned long start_pgoff,
			      unsigned long end_pgoff)
{
	struct address_space *mapping = vmf->vma->vm_file->f_mapping;
	unsigned long max_idx = DIV_ROUND_UP(i_size_read(mapping->host),
					     PAGE_SIZE);
	unsigned long pgoff;
	struct page *page;

	for (pgoff = start_pgoff; pgoff <= end_pgoff && pgoff < max_idx;
	     pgoff++, vmf->pte++) {
		if (*vmf->pte)
			continue;
		page = find_or_create_page(mapping, pgoff, false);
		if (page)
			do_set_pte(vmf, page);
	}
}

static const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
	.map_pages = filemap_map_pages,
};

int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_ops = &generic_file_vm_ops;
	return 0;
}
