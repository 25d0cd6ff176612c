// SPDX-License-Identifier: GPL-2.0
/*
 * Loading static ELF executables (ET_EXEC, and ET_DYN without an
 * interpreter): map the PT_LOAD segments from the file, zero the bss,
 * place brk after it, and lay out the initial stack as arm64 Linux
 * does: argc, argv[], envp[], the auxiliary vector, and above them the
 * 16 AT_RANDOM bytes, the "aarch64" platform string and the strings.
 * Programs that need an interpreter (dynamic linking) are refused.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <uapi/asm-generic/mman.h>
#include <linux/elf.h>
#include <asm/elf.h>

#define ELF_MIN_ALIGN		PAGE_SIZE
#define ELF_PAGESTART(v)	((v) & ~(unsigned long)(ELF_MIN_ALIGN - 1))
#define ELF_PAGEOFFSET(v)	((v) & (ELF_MIN_ALIGN - 1))
#define ELF_PAGEALIGN(v)	(((v) + ELF_MIN_ALIGN - 1) & ~(ELF_MIN_ALIGN - 1))

static int make_prot(u32 p_flags)
{
	int prot = 0;

	if (p_flags & PF_R)
		prot |= PROT_READ;
	if (p_flags & PF_W)
		prot |= PROT_WRITE;
	if (p_flags & PF_X)
		prot |= PROT_EXEC;
	return prot;
}

static bool elf_check_arch(const Elf_Ehdr *ehdr)
{
	return ehdr->e_machine == ELF_ARCH &&
	       ehdr->e_ident[EI_CLASS] == ELF_CLASS;
}

static Elf_Phdr *load_elf_phdrs(const Elf_Ehdr *ehdr, struct file *file)
{
	unsigned int size = sizeof(Elf_Phdr) * ehdr->e_phnum;
	Elf_Phdr *phdrs;
	loff_t pos = ehdr->e_phoff;

	if (ehdr->e_phentsize != sizeof(Elf_Phdr) || !ehdr->e_phnum ||
	    size > 65536 || size > ELF_MIN_ALIGN)
		return NULL;
	phdrs = kmalloc(size, GFP_KERNEL);
	if (!phdrs)
		return NULL;
	if (kernel_read(file, phdrs, size, &pos) != size) {
		kfree(phdrs);
		return NULL;
	}
	return phdrs;
}

/* Map one segment's file part; the offset within the page comes along. */
static unsigned long elf_map(struct file *file, unsigned long addr,
			     const Elf_Phdr *p, int prot, int type)
{
	unsigned long size = p->p_filesz + ELF_PAGEOFFSET(p->p_vaddr);
	unsigned long off = p->p_offset - ELF_PAGEOFFSET(p->p_vaddr);

	addr = ELF_PAGESTART(addr);
	size = ELF_PAGEALIGN(size);
	if (!size)
		return addr;
	return vm_mmap(file, addr, size, prot, type, off);
}

/* Zero the rest of the page after the file data (the start of the bss). */
static int padzero(unsigned long elf_bss)
{
	unsigned long nbyte = ELF_PAGEOFFSET(elf_bss);

	if (nbyte) {
		nbyte = ELF_MIN_ALIGN - nbyte;
		if (clear_user((void __user *)elf_bss, nbyte))
			return -EFAULT;
	}
	return 0;
}

/*
 * One segment: the file part mapped, the rest of its last page zeroed,
 * and anonymous pages for the remaining bss (executable if the segment
 * is). Returns where it was mapped, or an error.
 */
static unsigned long elf_load(struct file *file, unsigned long addr,
			      const Elf_Phdr *p, int prot, int type)
{
	unsigned long zero_start, zero_end, map_addr;

	if (p->p_filesz) {
		map_addr = elf_map(file, addr, p, prot, type);
		if (IS_ERR_VALUE(map_addr))
			return map_addr;
		zero_start = map_addr + ELF_PAGEOFFSET(p->p_vaddr) + p->p_filesz;
		zero_end = map_addr + ELF_PAGEOFFSET(p->p_vaddr) + p->p_memsz;
		if (p->p_memsz > p->p_filesz)
			padzero(zero_start);
	} else {
		map_addr = zero_start = ELF_PAGESTART(addr);
		zero_end = zero_start + ELF_PAGEOFFSET(p->p_vaddr) + p->p_memsz;
	}
	if (p->p_memsz > p->p_filesz) {
		int error;

		zero_start = ELF_PAGEALIGN(zero_start);
		zero_end = ELF_PAGEALIGN(zero_end);
		error = vm_brk_flags(zero_start, zero_end - zero_start,
				     prot & PROT_EXEC ? VM_EXEC : 0);
		if (error)
			map_addr = error;
	}
	return map_addr;
}

#define STACK_ADD(sp, items)	((unsigned long __user *)(sp) - (items))
#define STACK_ROUND(sp, items)	(((unsigned long)((sp) - (items))) & ~15UL)
#define STACK_ALLOC(sp, len)	((sp) -= (len))

/* argv[] or envp[]: a pointer to each of count strings from *str, then NULL. */
static int put_str_ptrs(unsigned long __user **sp, unsigned long *str,
			int count)
{
	unsigned long len;

	while (count-- > 0) {
		len = strnlen_user((void __user *)*str, MAX_ARG_STRLEN);
		if (put_user(*str, (*sp)++) || !len || len > MAX_ARG_STRLEN)
			return -EFAULT;
		*str += len;
	}
	return put_user(0, (*sp)++) ? -EFAULT : 0;
}

static int create_elf_tables(struct linux_binprm *bprm, const Elf_Ehdr *exec,
			     unsigned long load_addr, unsigned long e_entry,
			     unsigned long phdr_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long p = bprm->p & ~15UL;	/* arch_align_stack, no randomness */
	unsigned long *elf_info = mm->saved_auxv;
	unsigned long u_platform, u_rand_bytes, __user *sp;
	const char *k_platform = ELF_PLATFORM;
	unsigned char k_rand_bytes[16];
	int argc = bprm->argc, envc = bprm->envc, items, ei_index;
	unsigned long str, len;

	len = strlen(k_platform) + 1;
	u_platform = STACK_ALLOC(p, len);
	if (copy_to_user((void __user *)u_platform, k_platform, len))
		return -EFAULT;
	get_random_bytes(k_rand_bytes, sizeof(k_rand_bytes));
	u_rand_bytes = STACK_ALLOC(p, sizeof(k_rand_bytes));
	if (copy_to_user((void __user *)u_rand_bytes, k_rand_bytes,
			 sizeof(k_rand_bytes)))
		return -EFAULT;

#define NEW_AUX_ENT(id, val) do { *elf_info++ = (id); *elf_info++ = (val); } while (0)
	memset(mm->saved_auxv, 0, sizeof(mm->saved_auxv));
	ARCH_DLINFO;
	NEW_AUX_ENT(AT_HWCAP, ELF_HWCAP);
	NEW_AUX_ENT(AT_PAGESZ, ELF_EXEC_PAGESIZE);
	NEW_AUX_ENT(AT_CLKTCK, USER_HZ);
	NEW_AUX_ENT(AT_PHDR, phdr_addr);
	NEW_AUX_ENT(AT_PHENT, sizeof(Elf_Phdr));
	NEW_AUX_ENT(AT_PHNUM, exec->e_phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, e_entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_EUID, 0);
	NEW_AUX_ENT(AT_GID, 0);
	NEW_AUX_ENT(AT_EGID, 0);
	NEW_AUX_ENT(AT_SECURE, 0);
	NEW_AUX_ENT(AT_RANDOM, u_rand_bytes);
	NEW_AUX_ENT(AT_HWCAP2, ELF_HWCAP2);
	NEW_AUX_ENT(AT_EXECFN, bprm->exec);
	NEW_AUX_ENT(AT_PLATFORM, u_platform);
#undef NEW_AUX_ENT
	elf_info += 2;	/* AT_NULL */
	ei_index = elf_info - mm->saved_auxv;

	sp = STACK_ADD(p, ei_index);
	items = (argc + 1) + (envc + 1) + 1;
	bprm->p = STACK_ROUND(sp, items);
	sp = (unsigned long __user *)bprm->p;

	if (put_user(argc, sp++))
		return -EFAULT;
	str = mm->arg_end = mm->arg_start;
	if (put_str_ptrs(&sp, &str, argc))
		return -EFAULT;
	mm->arg_end = mm->env_start = str;
	if (put_str_ptrs(&sp, &str, envc))
		return -EFAULT;
	mm->env_end = str;
	if (copy_to_user(sp, mm->saved_auxv, ei_index * sizeof(unsigned long)))
		return -EFAULT;
	return 0;
}

/* Where the program headers are in memory: in the segment that holds them. */
static unsigned long phdr_in_memory(const Elf_Ehdr *ehdr,
				    const Elf_Phdr *phdrs, unsigned long bias)
{
	int i;

	for (i = 0; i < ehdr->e_phnum; i++) {
		const Elf_Phdr *p = &phdrs[i];

		if (p->p_type == PT_PHDR)
			return p->p_vaddr + bias;
	}
	for (i = 0; i < ehdr->e_phnum; i++) {
		const Elf_Phdr *p = &phdrs[i];

		if (p->p_type == PT_LOAD && p->p_offset <= ehdr->e_phoff &&
		    ehdr->e_phoff < p->p_offset + p->p_filesz)
			return ehdr->e_phoff - p->p_offset + p->p_vaddr + bias;
	}
	return 0;
}

/*
 * Map every PT_LOAD. An ET_EXEC goes where it says; a static PIE
 * (ET_DYN) wherever its first segment lands. brk starts after the
 * highest segment (no randomization).
 */
static int load_segments(struct linux_binprm *bprm, const Elf_Ehdr *ehdr,
			 const Elf_Phdr *phdrs, unsigned long *biasp)
{
	struct mm_struct *mm = current->mm;
	unsigned long start_code = ~0UL, end_code = 0, start_data = 0;
	unsigned long end_data = 0, elf_brk = 0, bias = 0;
	bool first = true;
	int i;

	for (i = 0; i < ehdr->e_phnum; i++) {
		const Elf_Phdr *p = &phdrs[i];
		int prot = make_prot(p->p_flags), type = MAP_PRIVATE;
		unsigned long k, error;

		if (p->p_type != PT_LOAD)
			continue;
		if (!first)
			type |= MAP_FIXED;
		else if (ehdr->e_type == ET_EXEC)
			type |= MAP_FIXED_NOREPLACE;
		error = elf_load(bprm->file, bias + p->p_vaddr, p, prot, type);
		if (IS_ERR_VALUE(error))
			return error == -EEXIST ? -EINVAL : (int)error;
		if (first && ehdr->e_type == ET_DYN)
			bias = error - ELF_PAGESTART(p->p_vaddr);
		first = false;
		k = p->p_vaddr;
		if ((p->p_flags & PF_X) && k < start_code)
			start_code = k;
		if (start_data < k)
			start_data = k;
		if (p->p_filesz > p->p_memsz || p->p_memsz > TASK_SIZE ||
		    TASK_SIZE - p->p_memsz < k)
			return -EINVAL;
		k = p->p_vaddr + p->p_filesz;
		if ((p->p_flags & PF_X) && end_code < k)
			end_code = k;
		if (end_data < k)
			end_data = k;
		k = p->p_vaddr + p->p_memsz;
		if (k > elf_brk)
			elf_brk = k;
	}
	mm->start_code = start_code + bias;
	mm->end_code = end_code + bias;
	mm->start_data = start_data + bias;
	mm->end_data = end_data + bias;
	mm->start_brk = mm->brk = ELF_PAGEALIGN(elf_brk + bias);
	*biasp = bias;
	return 0;
}

static int load_elf_binary(struct linux_binprm *bprm)
{
	const Elf_Ehdr *ehdr = (const Elf_Ehdr *)bprm->buf;
	unsigned long bias = 0, e_entry, phdr_addr;
	Elf_Phdr *phdrs;
	int i, retval, executable_stack = 0;

	if (memcmp(ehdr->e_ident, ELFMAG, SELFMAG) != 0)
		return -ENOEXEC;
	if (ehdr->e_type != ET_EXEC && ehdr->e_type != ET_DYN)
		return -ENOEXEC;
	if (!elf_check_arch(ehdr))
		return -ENOEXEC;
	if (!bprm->file->f_op->mmap)
		return -ENOEXEC;
	phdrs = load_elf_phdrs(ehdr, bprm->file);
	if (!phdrs)
		return -ENOEXEC;
	retval = -ENOEXEC;
	for (i = 0; i < ehdr->e_phnum; i++) {
		if (phdrs[i].p_type == PT_INTERP)
			goto out;	/* no dynamic linking here */
		if (phdrs[i].p_type == PT_GNU_STACK)
			executable_stack = phdrs[i].p_flags & PF_X;
	}

	retval = begin_new_exec(bprm);
	if (retval)
		goto out;
	setup_new_exec(bprm);
	retval = setup_arg_pages(bprm, STACK_TOP, executable_stack);
	if (retval)
		goto out;
	retval = load_segments(bprm, ehdr, phdrs, &bias);
	if (retval)
		goto out;
	e_entry = ehdr->e_entry + bias;
	phdr_addr = phdr_in_memory(ehdr, phdrs, bias);
	retval = arch_setup_additional_pages(bprm, 0);
	if (retval)
		goto out;
	retval = create_elf_tables(bprm, ehdr, bias, e_entry, phdr_addr);
	if (retval)
		goto out;
	current->mm->start_stack = bprm->p;
	finalize_exec(bprm);
	start_thread(current_pt_regs(), e_entry, bprm->p);
	retval = 0;
out:
	kfree(phdrs);
	return retval;
}

static struct linux_binfmt elf_format = {
	.load_binary = load_elf_binary,
};

static int __init init_elf_binfmt(void)
{
	register_binfmt(&elf_format);
	return 0;
}
core_initcall(init_elf_binfmt);
