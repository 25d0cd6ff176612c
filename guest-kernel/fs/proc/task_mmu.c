// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/<pid>/maps: one line per mapping,
 *
 *	start-end perms offset major:minor inode   name
 *
 * the name (file path, [heap], [stack], [vdso]...) starting at column
 * 73 as Linux pads it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/kdev_t.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include "internal.h"

struct proc_maps_private {
	struct inode *inode;
	struct mm_struct *mm;
};

static void *m_start(struct seq_file *m, loff_t *ppos)
{
	struct proc_maps_private *priv = m->private;
	struct task_struct *task = get_proc_task(priv->inode);
	struct vm_area_struct *vma;
	loff_t pos = *ppos;

	if (!task)
		return ERR_PTR(-ESRCH);
	priv->mm = get_task_mm(task);
	put_task_struct(task);
	if (!priv->mm)
		return NULL;
	for (vma = priv->mm->mmap; vma && pos; vma = vma->vm_next)
		pos--;
	if (!vma && !pos)
		vma = get_gate_vma(priv->mm);
	return vma;
}

/* The mm's vmas, then the gate area (where the architecture has one). */
static void *m_next(struct seq_file *m, void *v, loff_t *ppos)
{
	struct proc_maps_private *priv = m->private;
	struct vm_area_struct *vma = v, *gate = get_gate_vma(priv->mm);

	(*ppos)++;
	if (vma == gate)
		return NULL;
	return vma->vm_next ? vma->vm_next : gate;
}

static void m_stop(struct seq_file *m, void *v)
{
	struct proc_maps_private *priv = m->private;

	if (priv->mm) {
		mmput(priv->mm);
		priv->mm = NULL;
	}
}

static bool is_stack(struct vm_area_struct *vma)
{
	return vma->vm_start <= vma->vm_mm->start_stack &&
	       vma->vm_end >= vma->vm_mm->start_stack;
}

static const char *vma_name(struct vm_area_struct *vma)
{
	struct mm_struct *mm = vma->vm_mm;

	if (vma->vm_ops && vma->vm_ops->name)
		return vma->vm_ops->name(vma);
	if (vma->vm_name)
		return vma->vm_name;
	if (vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk)
		return "[heap]";
	if (is_stack(vma))
		return "[stack]";
	return NULL;
}

static int show_map(struct seq_file *m, void *v)
{
	struct vm_area_struct *vma = v;
	unsigned long long pgoff = 0;
	unsigned long ino = 0;
	const char *name;
	dev_t dev = 0;

	if (vma->vm_file) {
		struct inode *inode = file_inode(vma->vm_file);

		dev = inode->i_sb->s_dev;
		ino = inode->i_ino;
		pgoff = (unsigned long long)vma->vm_pgoff << PAGE_SHIFT;
	}
	m->pad_until = m->count + 25 + sizeof(void *) * 6 - 1;
	seq_printf(m, "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu ",
		   vma->vm_start, vma->vm_end,
		   vma->vm_flags & VM_READ ? 'r' : '-',
		   vma->vm_flags & VM_WRITE ? 'w' : '-',
		   vma->vm_flags & VM_EXEC ? 'x' : '-',
		   vma->vm_flags & VM_MAYSHARE ? 's' : 'p',
		   pgoff, MAJOR(dev), MINOR(dev), ino);
	if (vma->vm_file) {
		seq_pad(m, ' ');
		seq_path(m, &vma->vm_file->f_path, "\n");
	} else {
		name = vma_name(vma);
		if (name) {
			seq_pad(m, ' ');
			seq_puts(m, name);
		}
	}
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations proc_pid_maps_op = {
	.start	= m_start,
	.next	= m_next,
	.stop	= m_stop,
	.show	= show_map,
};

static int pid_maps_open(struct inode *inode, struct file *file)
{
	struct proc_maps_private *priv;

	priv = __seq_open_private(file, &proc_pid_maps_op, sizeof(*priv));
	if (!priv)
		return -ENOMEM;
	priv->inode = inode;
	return 0;
}

const struct file_operations proc_pid_maps_operations = {
	.open		= pid_maps_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release_private,
};
